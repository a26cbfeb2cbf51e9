namespace GiveBack.Ledger.Gifts;

public static class LedgerEntryKinds
{
    public const string Gift = "gift";
    public const string Reversal = "reversal";
}
