using System.Runtime.CompilerServices;
using GiveBack.Domain.Exports;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.GivingDays.Exports;

/// <summary>What each matched gift took from a match, and the sponsor's gift that paid it.</summary>
public sealed class MatchAllocationsExport(IDbContextFactory<GivingDaysDbContext> contexts) : IRecordExport
{
    public string Name => "match_allocations";

    public string Description => "One row per gift a match covered: what it wanted, what it got, and the sponsor's gift that paid it.";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("match_id", "the match (matches.csv)"),
        new("gift_id", "the donor's gift that was matched (gifts.csv)"),
        new("donor_id", "the donor who gave it (donors.csv)"),
        new("wanted_amount_minor", "what the ratio asked for, in minor units"),
        new("amount_minor", "what the cap allowed, in minor units (less than wanted when the cap ran out mid-gift)"),
        new("matching_gift_id", "the sponsor's gift that paid it (gifts.csv)"),
        new("allocated_at", "when the capacity was taken"),
        new("returned_at", "when a reversal of the gift gave it back to the match, if it did"),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync(Guid? donorId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var allocations = db.MatchAllocations.AsNoTracking()
            .Where(a => donorId == null || a.DonorId == donorId)
            .OrderBy(a => a.AllocatedAt).ThenBy(a => a.GiftId);
        await foreach (var a in allocations.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return [a.MatchId, a.GiftId, a.DonorId, a.WantedAmount, a.Amount, a.MatchingGiftId, a.AllocatedAt, a.ReturnedAt];
        }
    }
}
