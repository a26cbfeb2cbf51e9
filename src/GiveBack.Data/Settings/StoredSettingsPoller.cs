using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GiveBack.Data.Settings;

/// <summary>
/// Re-reads the stored settings now and then, so that a value saved on another host reaches this one without a restart
/// (the host that saved it reloads at once). One primary-key scan of a handful of rows per period.
/// </summary>
internal sealed partial class StoredSettingsPoller(StoredSettingsConfigurationProvider provider, ILogger<StoredSettingsPoller> logger)
    : BackgroundService
{
    internal static readonly TimeSpan Period = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                provider.Reload();
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException)
            {
                // The values in force stay; the next period tries again.
                LogFailed(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not re-read the stored settings; the values in force stay.")]
    private partial void LogFailed(Exception exception);
}
