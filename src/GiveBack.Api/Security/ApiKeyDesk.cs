using GiveBack.Domain.Security;
using GiveBack.Web.Problems;

namespace GiveBack.Api.Security;

/// <summary>
/// Issuing and revoking API keys, for the API and the administration page alike: the rules a key's holder and role
/// must meet, and a revocation that also drops the key from the authentication cache, so it stops working at once on
/// this host rather than when the cache entry expires.
/// </summary>
public sealed class ApiKeyDesk(ApiKeyStore store, ApiKeyCache cache)
{
    public const int MaxNameLength = 100;

    /// <summary>A new key and its secret (shown once); null with <paramref name="errors"/> filled when a field is wrong.</summary>
    public async Task<(ApiKeyRecord Record, string Key)?> IssueAsync(
        string? name, string? role, FieldErrors errors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(errors);
        name = name?.Trim();
        errors
            .Check(!string.IsNullOrEmpty(name) && name.Length <= MaxNameLength, "name", $"name is required (who holds the key), at most {MaxNameLength} characters.")
            .Check(role is not null && Roles.All.Contains(role), "role", $"role must be one of: {string.Join(", ", Roles.All)}.");
        return errors.Any ? null : await store.CreateAsync(name!, role!, cancellationToken);
    }

    /// <summary>False when no active key has this id.</summary>
    public async Task<bool> RevokeAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var keys = await store.ListAsync(cancellationToken);
        var key = keys.FirstOrDefault(k => k.Id == id && k.RevokedAt is null);
        if (key is null || !await store.RevokeAsync(id, cancellationToken))
        {
            return false;
        }

        cache.Forget(key.KeyHash);
        return true;
    }
}
