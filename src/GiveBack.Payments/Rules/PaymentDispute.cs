namespace GiveBack.Payments.Rules;

/// <summary>
/// How far a payment's dispute has gone. A Stripe charge has at most one dispute, so the stage only moves forward:
/// a late "opened" after "won" or "lost" changes nothing, which is what makes the order of events irrelevant.
/// </summary>
[GenerateSerializer, Alias("giveback.payment-dispute")]
public enum PaymentDispute
{
    None,
    Open,
    Won,
    Lost,
}
