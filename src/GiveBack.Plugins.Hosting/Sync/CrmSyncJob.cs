using GiveBack.Plugins.Hosting.Registry;
using Quartz;

namespace GiveBack.Plugins.Hosting.Sync;

/// <summary>
/// The nightly CRM sync: pulls constituents and their external ids back from every loaded, enabled CRM connector,
/// incrementally from the cursor each connector returned last time. One failing CRM does not stop the others; the
/// run is then recorded as failed with each plugin's error, and the next run resumes from the stored cursors.
/// </summary>
[DisallowConcurrentExecution]
public sealed class CrmSyncJob(PluginRegistry plugins, ConstituentSync sync) : IJob
{
    /// <summary>
    /// Its name on the scheduler and in <c>GET /api/v1/schedules</c>, in the group of every GiveBack job ("giveback", as
    /// <c>ScheduledJobs.Group</c>: the plugin host references no product assembly but the contract, so it is written out).
    /// </summary>
    public static readonly JobKey Key = new("crm-sync", "giveback");

    private const int PageSize = 200;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var pulled = new List<string>();
        var failed = new List<string>();
        // A plugin still needing configuration is skipped like a disabled one: it has no CRM to pull from yet.
        foreach (var plugin in plugins.Plugins.Where(p => p.Ready && p.Connectors.Count > 0))
        {
            try
            {
                pulled.Add($"{plugin.Id}: {await sync.PullAsync(plugin.Id, PageSize, cancellationToken)}");
            }
            catch (InvalidOperationException exception)
            {
                failed.Add($"{plugin.Id}: {exception.Message}");
            }
        }

        context.Result = pulled.Count == 0 && failed.Count == 0 ? "no CRM connector is enabled and configured" : string.Join("; ", pulled.Concat(failed));
        if (failed.Count > 0)
        {
            throw new JobExecutionException($"CRM sync failed for {string.Join("; ", failed)}");
        }
    }
}
