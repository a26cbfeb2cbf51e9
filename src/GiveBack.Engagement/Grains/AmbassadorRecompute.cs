using GiveBack.Engagement.Ambassadors;
using GiveBack.Engagement.Scoring;
using GiveBack.Grains.Abstractions.Engagement;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Engagement.Grains;

/// <summary>
/// Recomputes the ambassadors: one SQL aggregate scores every donor, the ranking runs in memory, and only the grains
/// whose standing must change (plus the designated ambassadors, whose reasons move) are called. Safe to run again
/// at any time and from any host: each grain is the single writer of its donor's stage. A scheduler job calls
/// <see cref="RecomputeAmbassadorsAsync"/>.
/// </summary>
public sealed class AmbassadorRecompute(
    AmbassadorCandidates candidates,
    EngagementModel model,
    IGrainFactory grains,
    [FromKeyedServices(EngagementClock.Key)] TimeProvider clock)
{
    private const int Parallelism = 8;

    public async Task<AmbassadorRecomputeResult> RecomputeAmbassadorsAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var verdicts = AmbassadorRanking.Rank(await candidates.ListAsync(now, cancellationToken), model, now);
        var updates = verdicts.Where(v => v.NeedsUpdate(model.EntryRung.Name)).ToList();
        await Parallel.ForEachAsync(
            updates,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (verdict, _) => await grains.GetGrain<IEngagementGrain>(verdict.Candidate.DonorId)
                .DesignateAsync(new AmbassadorDesignation(verdict.Designated, [.. verdict.Reasons])));

        return new AmbassadorRecomputeResult(
            now,
            verdicts.Count(v => v.Candidate.ClassYear is not null && v.Rung == model.TopRung),
            [.. verdicts.Where(v => v.Designated).Select(v => v.Candidate.DonorId)],
            updates.Count);
    }
}
