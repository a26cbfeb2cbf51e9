using System.Linq.Expressions;
using GiveBack.Domain.Giving;

namespace GiveBack.Ledger.Gifts;

/// <summary>The one projection from ledger rows to the facts the rules work on, usable inside EF queries.</summary>
public static class LedgerEntryFacts
{
    public static readonly Expression<Func<LedgerEntry, LedgerFact>> Projection = e => new LedgerFact(
        e.Id, e.DonorId, e.CampaignId, e.Amount, e.Currency, e.ReceivedOn, e.ClassYear, e.ReversesEntryId, e.RecordedAt, e.PledgeId,
        e.Sequence, e.TransactionId);

    private static readonly Func<LedgerEntry, LedgerFact> Compiled = Projection.Compile();

    public static LedgerFact ToFact(this LedgerEntry entry) => Compiled(entry);
}
