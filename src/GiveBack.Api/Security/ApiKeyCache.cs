using System.Collections.Concurrent;

namespace GiveBack.Api.Security;

/// <summary>
/// Remembers valid keys for a short while so the gift path does not read api_keys on every request. Only hits are
/// kept: a new key works at once, and a revoked key stops working within <see cref="Lifetime"/>.
/// </summary>
public sealed class ApiKeyCache(ApiKeyStore store, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (ApiKeyRecord Key, DateTimeOffset Until)> _known = new(StringComparer.Ordinal);

    public async Task<ApiKeyRecord?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var hash = ApiKeyStore.HashOf(key);
        var now = clock.GetUtcNow();
        if (_known.TryGetValue(hash, out var known) && known.Until > now)
        {
            return known.Key;
        }

        var found = await store.FindActiveAsync(key, cancellationToken);
        if (found is null)
        {
            _known.TryRemove(hash, out _);
            return null;
        }

        _known[hash] = (found, now + Lifetime);
        return found;
    }

    public void Forget(string keyHash) => _known.TryRemove(keyHash, out _);
}
