namespace GiveBack.Ledger.Gifts;

public static class GiftSources
{
    public const string Offline = "offline";
    public const string Stripe = "stripe";
}
