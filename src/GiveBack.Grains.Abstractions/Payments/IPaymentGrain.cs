namespace GiveBack.Grains.Abstractions.Payments;

/// <summary>
/// One processor payment (keyed by its PaymentIntent or invoice id): a state machine that turns what the processor
/// reports — in any order and any number of times — into exactly one gift and at most one reversal in the ledger.
/// </summary>
[Alias("giveback.IPaymentGrain")]
public interface IPaymentGrain : IGrainWithStringKey
{
    /// <summary>Applies what the processor reported; observing the same thing again changes nothing.</summary>
    [Alias("Observe")]
    Task<PaymentView> ObserveAsync(PaymentObservation observation);

    [Alias("Get")]
    Task<PaymentView> GetAsync();
}
