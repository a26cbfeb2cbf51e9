namespace GiveBack.Grains.Campaigns;

/// <summary>
/// The ledger entries a campaign has counted recently. A fact can reach the grain twice only within a request's
/// lifetime (once in the activation's read of the ledger, once from the request that booked it), so remembering the
/// last few minutes is exact without holding every id of a campaign with a million gifts.
/// </summary>
internal sealed class RecentEntries(TimeSpan window)
{
    private readonly Dictionary<Guid, DateTimeOffset> _seen = [];
    private int _pruneAt = 1024;

    /// <summary>True when the entry had not been seen, and remembers it.</summary>
    public bool TryAdd(Guid entryId, DateTimeOffset recordedAt, DateTimeOffset now)
    {
        if (!_seen.TryAdd(entryId, recordedAt))
        {
            return false;
        }

        if (_seen.Count >= _pruneAt)
        {
            Prune(now);
        }

        return true;
    }

    public void Clear() => _seen.Clear();

    private void Prune(DateTimeOffset now)
    {
        var cutoff = now - window;
        foreach (var (id, recordedAt) in _seen)
        {
            if (recordedAt < cutoff)
            {
                _seen.Remove(id);
            }
        }

        _pruneAt = Math.Max(1024, _seen.Count * 2);
    }
}
