using Stripe;

namespace GiveBack.Payments.Stripe.Processing;

/// <summary>Gross, refunded, fee and net of a charge, the fee and net from its balance transaction (when expanded).</summary>
internal sealed record ChargeMoney(long Amount, long Refunded, string Currency, long? Fee, long? Net, string? BalanceTransactionId, DateOnly ReceivedOn)
{
    public static ChargeMoney Of(Charge charge) => new(
        charge.Amount,
        charge.AmountRefunded,
        charge.Currency.ToUpperInvariant(),
        charge.BalanceTransaction?.Fee,
        charge.BalanceTransaction?.Net,
        charge.BalanceTransactionId ?? charge.BalanceTransaction?.Id,
        DateOnly.FromDateTime(charge.Created.ToUniversalTime()));
}
