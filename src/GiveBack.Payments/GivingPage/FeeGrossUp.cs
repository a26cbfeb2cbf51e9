namespace GiveBack.Payments.GivingPage;

/// <summary>
/// "Cover the processing fee": the smallest charge whose fee (a percentage, rounded, plus a fixed part) leaves at least
/// the gift. Shown to the donor before paying and sent to Checkout as the charged amount.
/// </summary>
public static class FeeGrossUp
{
    public static long Fee(long charged, decimal percent, long fixedFee) =>
        (long)Math.Round(charged * percent / 100m, MidpointRounding.AwayFromZero) + fixedFee;

    public static long Charge(long gift, decimal percent, long fixedFee)
    {
        var rate = percent / 100m;
        var charged = (long)Math.Ceiling((gift + fixedFee) / (1 - rate));
        while (charged - Fee(charged, percent, fixedFee) < gift)
        {
            charged++;
        }

        while (charged - 1 - Fee(charged - 1, percent, fixedFee) >= gift)
        {
            charged--;
        }

        return charged;
    }
}
