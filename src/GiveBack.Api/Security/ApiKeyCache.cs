using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace GiveBack.Api.Security;

/// <summary>
/// Remembers valid keys for a short while so the gift path does not read api_keys on every request. Only hits are
/// kept: a new key works at once, and a revoked key stops working within <see cref="Lifetime"/>.
/// </summary>
public sealed class ApiKeyCache(ApiKeyStore store, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (ApiKeyRecord Key, DateTimeOffset Until)> _known = new(StringComparer.Ordinal);

    /// <summary>
    /// The key's record when a check within <see cref="Lifetime"/> found it active: every request's path, so it reads
    /// no database and copies nothing to the heap (the key is hashed on the stack and looked up by its span).
    /// </summary>
    public bool TryGetKnown(ReadOnlySpan<char> key, [NotNullWhen(true)] out ApiKeyRecord? record)
    {
        Span<char> hash = stackalloc char[ApiKeyStore.HashLength];
        ApiKeyStore.WriteHash(key, hash);
        if (_known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(hash, out var known) && known.Until > clock.GetUtcNow())
        {
            record = known.Key;
            return true;
        }

        record = null;
        return false;
    }

    public async Task<ApiKeyRecord?> FindAsync(string key, CancellationToken cancellationToken)
    {
        if (TryGetKnown(key, out var known))
        {
            return known;
        }

        var hash = ApiKeyStore.HashOf(key);
        var found = await store.FindActiveAsync(key, cancellationToken);
        if (found is null)
        {
            _known.TryRemove(hash, out _);
            return null;
        }

        _known[hash] = (found, clock.GetUtcNow() + Lifetime);
        return found;
    }

    public void Forget(string keyHash) => _known.TryRemove(keyHash, out _);
}
