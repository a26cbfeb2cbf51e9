using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace GiveBack.StripeEmulator.Http;

/// <summary>Responses already given to a POST with an <c>Idempotency-Key</c>, replayed when the key comes again.</summary>
internal sealed class IdempotencyCache
{
    private readonly ConcurrentDictionary<string, CachedResponse> _replies = new(StringComparer.Ordinal);

    public bool TryGet(string key, [NotNullWhen(true)] out CachedResponse? response) => _replies.TryGetValue(key, out response);

    public void Set(string key, CachedResponse response) => _replies[key] = response;

    public void Clear() => _replies.Clear();
}

internal sealed record CachedResponse(int Status, string ContentType, byte[] Body);
