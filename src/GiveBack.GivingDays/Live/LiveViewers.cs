using System.Collections.Concurrent;

namespace GiveBack.GivingDays.Live;

/// <summary>
/// The giving days someone watches on this host, by hub connection: the ticker works only for those, so a host with no
/// viewer reads nothing. Each host keeps its own, as each host pushes to its own connections.
/// </summary>
public sealed class LiveViewers
{
    private readonly ConcurrentDictionary<string, Guid> _watching = new(StringComparer.Ordinal);

    public void Watch(string connectionId, Guid campaignId) => _watching[connectionId] = campaignId;

    public Guid? Leave(string connectionId) => _watching.TryRemove(connectionId, out var campaignId) ? campaignId : null;

    public IReadOnlySet<Guid> Watched() => _watching.Values.ToHashSet();
}
