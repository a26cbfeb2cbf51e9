using GiveBack.Ledger.Gifts;

namespace GiveBack.Giving.Gifts;

/// <summary>The outcome of booking a gift or a reversal, with the ledger row when there is one.</summary>
public sealed record GiftResult(GiftStatus Status, LedgerEntry? Entry)
{
    public bool Succeeded => Status is GiftStatus.Created or GiftStatus.Replayed;
}
