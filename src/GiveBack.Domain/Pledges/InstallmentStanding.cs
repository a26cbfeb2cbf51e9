namespace GiveBack.Domain.Pledges;

/// <summary>An installment with what has been paid toward it and where it stands today.</summary>
[GenerateSerializer, Immutable, Alias("giveback.installment-standing")]
public sealed record InstallmentStanding(
    [property: Id(0)] int Number,
    [property: Id(1)] DateOnly DueOn,
    [property: Id(2)] long Amount,
    [property: Id(3)] long PaidAmount,
    [property: Id(4)] InstallmentStatus Status);
