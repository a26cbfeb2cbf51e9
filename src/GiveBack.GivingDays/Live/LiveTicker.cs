using System.Text.Json;
using GiveBack.GivingDays.Days;
using GiveBack.GivingDays.Leaderboards;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GiveBack.GivingDays.Live;

/// <summary>
/// One per host: every <see cref="LiveFigures.Period"/> (1 s) it builds the snapshot of each giving day watched on
/// this host and pushes it to the day's group when it differs from the last one pushed. The period is the live view's
/// promise: a gift shows on every screen within about a second, however many gifts and viewers there are.
/// </summary>
public sealed partial class LiveTicker(
    LiveViewers viewers, GivingDayStore days, LiveSnapshots snapshots, IHubContext<GivingDayHub> hub, TimeProvider clock, ILogger<LiveTicker> logger)
    : BackgroundService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<Guid, string> _pushed = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(LiveFigures.Period, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var watched = viewers.Watched();
            foreach (var gone in _pushed.Keys.Where(id => !watched.Contains(id)).ToList())
            {
                _pushed.Remove(gone);
            }

            foreach (var campaignId in watched)
            {
                try
                {
                    await TickAsync(campaignId, stoppingToken);
                }
#pragma warning disable CA1031 // One day's failure (a database blip) must not stop the others' screens; the next tick tries again.
                catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    LogTickFailed(logger, exception, campaignId);
                }
            }
        }
    }

    private async Task TickAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        if (await days.OfCampaignAsync(campaignId, cancellationToken) is not { } day
            || await snapshots.OfAsync(day, cancellationToken) is not { } snapshot)
        {
            return;
        }

        var json = JsonSerializer.Serialize(snapshot, Json);
        if (_pushed.TryGetValue(campaignId, out var last) && last == json)
        {
            return;
        }

        _pushed[campaignId] = json;
        await hub.Clients.Group(GivingDayHub.Group(campaignId)).SendAsync(GivingDayHub.SnapshotMessage, snapshot, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The live view of giving day {CampaignId} could not be refreshed")]
    private static partial void LogTickFailed(ILogger logger, Exception exception, Guid campaignId);
}
