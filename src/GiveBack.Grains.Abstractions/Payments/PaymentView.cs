namespace GiveBack.Grains.Abstractions.Payments;

[GenerateSerializer, Immutable, Alias("giveback.payment-view")]
public sealed record PaymentView(
    [property: Id(0)] string Key,
    [property: Id(1)] PaymentStatus Status,
    [property: Id(2)] Guid? GiftId,
    [property: Id(3)] Guid? ReversalId,
    [property: Id(4)] long Amount,
    [property: Id(5)] string? Currency,
    [property: Id(6)] long AmountRefunded,
    [property: Id(7)] string? Note);
