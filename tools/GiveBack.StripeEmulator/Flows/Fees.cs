using Microsoft.Extensions.Options;

namespace GiveBack.StripeEmulator.Flows;

/// <summary>Stripe's card pricing as configured: a percentage plus a fixed amount, rounded to the minor unit.</summary>
internal sealed class Fees(IOptions<StripeEmulatorOptions> options)
{
    public long For(long amount) =>
        (long)Math.Round(amount * options.Value.FeePercent / 100m, MidpointRounding.AwayFromZero) + options.Value.FeeFixed;

    public long DisputeFee => options.Value.DisputeFee;
}
