using GiveBack.Engagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiveBack.Grains.Engagement;

/// <summary>
/// Runs the ambassador recompute every <c>Engagement:RecomputeInterval</c> on this host's engagement clock. A stopgap
/// until the clustered Quartz scheduler exists: then a job calls <see cref="AmbassadorRecompute"/> once per cluster
/// and this is switched off with <c>Engagement:RecomputeEnabled=false</c>.
/// </summary>
internal sealed partial class AmbassadorRecomputeSchedule(
    AmbassadorRecompute recompute,
    IOptions<EngagementOptions> options,
    [FromKeyedServices(EngagementClock.Key)] TimeProvider clock,
    ILogger<AmbassadorRecomputeSchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RecomputeEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.RecomputeInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var result = await recompute.RecomputeAmbassadorsAsync(stoppingToken);
                LogRecomputed(logger, result.EngagedAlumni, result.Ambassadors.Count, result.DonorsUpdated);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The next tick tries again; a failed run changed at most some donors, each consistently.
                LogFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ambassadors recomputed: {Engaged} engaged alumni, {Ambassadors} ambassadors, {Updated} donors updated")]
    private static partial void LogRecomputed(ILogger logger, int engaged, int ambassadors, int updated);

    [LoggerMessage(Level = LogLevel.Error, Message = "The ambassador recompute failed; it runs again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
