using GiveBack.Ledger.Outbox;

namespace GiveBack.Ledger.Gifts;

/// <summary>A gift row and its outbox event, waiting for the group commit that writes both.</summary>
internal sealed record PendingGift(LedgerEntry Entry, OutboxMessage Event, NewGift Gift);
