namespace GiveBack.Grains.Abstractions.Payments;

/// <summary>What the processor reported about a payment, in product words.</summary>
[GenerateSerializer, Alias("giveback.payment-event-kind")]
public enum PaymentEventKind
{
    Succeeded,
    Failed,
    Refunded,
    DisputeOpened,
    DisputeWon,
    DisputeLost,
}
