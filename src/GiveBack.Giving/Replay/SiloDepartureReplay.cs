using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiveBack.Giving.Replay;

/// <summary>
/// Closes the gap between a gift's commit and its grains: a host that dies after committing a row and before handing it
/// to a donor, campaign or pledge grain active on another silo leaves that grain short, and nothing else would tell it
/// (the client may never retry). When the cluster declares a silo dead, one survivor — the active silo with the lowest
/// address, so the work is done once — re-applies every row recorded in the last <see cref="GivingOptions.ReplayWindow"/>
/// (<see cref="CommittedGiftsReplayer"/>). The steady state pays nothing: no per-gift mark, no sweep.
/// </summary>
public sealed partial class SiloDepartureReplay(
    IClusterMembershipService membership,
    ILocalSiloDetails localSilo,
    CommittedGiftsReplayer replayer,
    TimeProvider clock,
    IOptions<GivingOptions> options,
    ILogger<SiloDepartureReplay> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        ClusterMembershipSnapshot? previous = null;
        await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(stoppingToken))
        {
            var departed = previous is null ? [] : Departed(previous, snapshot);
            previous = snapshot;
            if (departed.Count == 0 || !IsReplayer(snapshot))
            {
                continue;
            }

            var since = clock.GetUtcNow() - options.Value.ReplayWindow;
            LogDeparture(string.Join(", ", departed), since);
            try
            {
                await replayer.ReplaySinceAsync(since, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next departure replays again; meanwhile a retry, a catch-up or a reactivation still counts the rows.
                LogReplayFailed(e, string.Join(", ", departed));
            }
        }
    }

    /// <summary>Silos that were alive in <paramref name="before"/> and are dead (or forgotten) in <paramref name="now"/>.</summary>
    private static List<SiloAddress> Departed(ClusterMembershipSnapshot before, ClusterMembershipSnapshot now) =>
        [.. before.Members.Values
            .Where(m => m.Status != SiloStatus.Dead)
            .Where(m => !now.Members.TryGetValue(m.SiloAddress, out var current) || current.Status == SiloStatus.Dead)
            .Select(m => m.SiloAddress)];

    private bool IsReplayer(ClusterMembershipSnapshot snapshot)
    {
        var first = snapshot.Members.Values
            .Where(m => m.Status == SiloStatus.Active)
            .Select(m => m.SiloAddress)
            .OrderBy(a => a.ToParsableString(), StringComparer.Ordinal)
            .FirstOrDefault();
        return first is not null && first.Equals(localSilo.SiloAddress);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo {Silos} left the cluster; re-applying the gifts recorded since {Since:O} to their grains.")]
    private partial void LogDeparture(string silos, DateTimeOffset since);

    [LoggerMessage(Level = LogLevel.Error, Message = "Re-applying gifts after {Silos} left the cluster failed.")]
    private partial void LogReplayFailed(Exception exception, string silos);
}
