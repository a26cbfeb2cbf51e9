using System.Collections.Concurrent;

namespace GiveBack.GivingDays.Calendar;

/// <summary>
/// A campaign's giving-day terms (its matches, its challenges), read at most once a second per campaign and host, so a
/// gift to a campaign costs no query to learn that nothing applies to it, and ten thousand gifts a second to a giving
/// day cost one. The terms are the offers' definitions (window, ratio, eligibility), never their running figures: the
/// cap and the unlock are decided under the row's lock, whatever this copy says. A term set up through this host is
/// seen at once (<see cref="Forget"/>); one set up through another host is seen within <see cref="Freshness"/>.
/// </summary>
public sealed class CampaignTermsCache<T>(TimeProvider clock)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<Guid, (DateTimeOffset ReadAt, Task<IReadOnlyList<T>> Terms)> _terms = new();

    public async Task<IReadOnlyList<T>> GetAsync(Guid campaignId, Func<Guid, Task<IReadOnlyList<T>>> read)
    {
        var now = clock.GetUtcNow();
        if (_terms.TryGetValue(campaignId, out var held) && now - held.ReadAt < Freshness && !held.Terms.IsFaulted)
        {
            return await held.Terms;
        }

        // Concurrent gifts after the second has passed share one read rather than each making its own.
        var fresh = _terms.AddOrUpdate(
            campaignId,
            id => (now, read(id)),
            (id, current) => now - current.ReadAt < Freshness && !current.Terms.IsFaulted ? current : (now, read(id)));
        return await fresh.Terms;
    }

    /// <summary>Drops the campaign's copy: the next gift reads its terms again (a term was just set up here).</summary>
    public void Forget(Guid campaignId) => _terms.TryRemove(campaignId, out _);
}
