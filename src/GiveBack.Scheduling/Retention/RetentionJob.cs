using GiveBack.Data.Retention;
using Microsoft.Extensions.Options;
using Quartz;

namespace GiveBack.Scheduling.Retention;

/// <summary>
/// Prunes personal data kept only to deliver something (raw Stripe payloads, delivered outbox events, plugin delivery
/// records) once it is older than its retention. Each pruner runs in batches until one comes back short, so a first run
/// on a large backlog never holds one long transaction; a rerun finds nothing more to do.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(IEnumerable<IRetentionPruner> pruners, IOptions<RetentionOptions> options, TimeProvider clock) : IJob
{
    /// <summary>Its name on the scheduler and in <c>GET /api/v1/schedules</c>; stored jobs keep their names.</summary>
    public static readonly JobKey Key = ScheduledJobs.Key("retention");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var results = new List<string>();
        foreach (var pruner in pruners)
        {
            var cutoff = now.AddDays(-pruner.RetentionDays(settings));
            var total = 0;
            int pruned;
            do
            {
                pruned = await pruner.PruneBatchAsync(cutoff, settings.BatchSize, cancellationToken);
                total += pruned;
            }
            while (pruned == settings.BatchSize);

            results.Add($"{pruner.Name}: {total}");
        }

        context.Result = $"pruned {string.Join("; ", results)}";
    }
}
