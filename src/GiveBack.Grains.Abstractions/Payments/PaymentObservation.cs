namespace GiveBack.Grains.Abstractions.Payments;

/// <summary>
/// One processor event about a payment. <see cref="Settlement"/> is the payment as the processor shows it now
/// (fetched when the event is handled, not copied from the event), so a late or repeated event cannot carry stale money.
/// It is required for every kind but <see cref="PaymentEventKind.Failed"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("giveback.payment-observation")]
public sealed record PaymentObservation(
    [property: Id(0)] string EventId,
    [property: Id(1)] PaymentEventKind Kind,
    [property: Id(2)] PaymentSettlement? Settlement,
    [property: Id(3)] string? Message = null);
