namespace GiveBack.Domain.Pledges;

/// <summary>One promised payment of a pledge, numbered from 1 in due-date order.</summary>
[GenerateSerializer, Immutable, Alias("giveback.installment")]
public sealed record Installment(
    [property: Id(0)] int Number,
    [property: Id(1)] DateOnly DueOn,
    [property: Id(2)] long Amount);
