using GiveBack.Constituents.Imports.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiveBack.Constituents.Imports.Running;

/// <summary>
/// Runs queued imports in the background of every host, one at a time per host: the upload request only stores the
/// file. A run whose host died is taken over once its lease lapses and resumes from its checkpoint.
/// </summary>
public sealed partial class ImportWorker(
    ImportStore store, ImportRunner runner, IOptions<ImportOptions> options, TimeProvider clock, ILogger<ImportWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await store.ClaimNextAsync(options.Value.Lease, stoppingToken) is { } run)
                {
                    LogStarting(run.Id, run.Mapping, run.DryRun);
                    await runner.RunAsync(run, stoppingToken);
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
            {
                // The database is away for a moment (a restart, a failover): try again at the next poll.
                LogPollFailed(exception);
            }

            try
            {
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {ImportId} ({Mapping}, dry run {DryRun}) starting")]
    private partial void LogStarting(Guid importId, string mapping, bool dryRun);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for imports to run failed; trying again")]
    private partial void LogPollFailed(Exception exception);
}
