using GiveBack.Engagement.Endpoints;
using GiveBack.Engagement.Scoring;
using GiveBack.Grains.Abstractions.Engagement;
using GiveBack.Web.Problems;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Engagement.Activities;

/// <summary>
/// The one path an activity takes, from the API (one or a bulk) and from the workspace: the rows are committed first,
/// then handed to their donors' engagement grains, so a score never counts an activity the database lost.
/// </summary>
public sealed class ActivityRecorder(
    ActivityStore store, EngagementModel model, IGrainFactory grains, [FromKeyedServices(EngagementClock.Key)] TimeProvider clock)
{
    /// <summary>
    /// Validates and records one activity under <paramref name="activityId"/> (derived from an idempotency key, so a
    /// retry finds it); null with <paramref name="errors"/> filled when a field is wrong.
    /// </summary>
    public async Task<ActivityWrite?> RecordOneAsync(
        Guid donorId, Guid activityId, string? type, DateTimeOffset? occurredAt, string? detail, FieldErrors errors,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var (known, at, text) = ActivityValidation.Validate(type, occurredAt, detail, string.Empty, model, clock.GetUtcNow(), errors);
        if (errors.Any)
        {
            return null;
        }

        return await RecordAsync([new NewActivity(activityId, donorId, known!, at!.Value, text)], cancellationToken);
    }

    /// <summary>Records validated activities in one transaction; nothing is written (or applied) when a key was reused.</summary>
    public async Task<ActivityWrite> RecordAsync(IReadOnlyList<NewActivity> activities, CancellationToken cancellationToken = default)
    {
        var write = await store.RecordAsync(activities, clock.GetUtcNow(), cancellationToken);
        if (!write.KeyReused)
        {
            await ApplyAsync(write.Activities);
        }

        return write;
    }

    /// <summary>Hands committed activities to their donors' grains, a few donors at a time.</summary>
    private async Task ApplyAsync(IEnumerable<ActivityRecord> activities) =>
        await Parallel.ForEachAsync(
            activities.GroupBy(a => a.DonorId),
            new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (donor, _) => await grains.GetGrain<IEngagementGrain>(donor.Key)
                .ApplyAsync([.. donor.Select(a => new ActivityFact(a.Id, a.DonorId, a.Type, a.OccurredAt))]));
}
