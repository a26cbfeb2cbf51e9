using System.Runtime.CompilerServices;
using GiveBack.Domain.Exports;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.GivingDays.Exports;

/// <summary>Each donor a challenge counted, with what of theirs still counts.</summary>
public sealed class ChallengeDonorsExport(IDbContextFactory<GivingDaysDbContext> contexts) : IRecordExport
{
    public string Name => "challenge_donors";

    public string Description => "One row per donor a challenge counted: their standing counted gifts and those gifts' amount.";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("challenge_id", "the challenge (campaign_challenges.csv)"),
        new("donor_id", "the donor (donors.csv)"),
        new("standing_gifts", "the donor's counted gifts that stand (0: every one was reversed, the donor no longer counts)"),
        new("counted_amount_minor", "those gifts' amounts, in minor units"),
        new("first_counted_at", "when the challenge first counted the donor"),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync(Guid? donorId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var donors = db.ChallengeDonors.AsNoTracking()
            .Where(d => donorId == null || d.DonorId == donorId)
            .OrderBy(d => d.FirstCountedAt).ThenBy(d => d.ChallengeId).ThenBy(d => d.DonorId)
            .Select(d => new
            {
                d.ChallengeId,
                d.DonorId,
                d.StandingGifts,
                Amount = db.ChallengeGifts
                    .Where(g => g.ChallengeId == d.ChallengeId && g.DonorId == d.DonorId && g.Counted && g.ReturnedAt == null)
                    .Sum(g => (long?)g.Amount) ?? 0,
                d.FirstCountedAt,
            });
        await foreach (var d in donors.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return [d.ChallengeId, d.DonorId, d.StandingGifts, d.Amount, d.FirstCountedAt];
        }
    }
}
