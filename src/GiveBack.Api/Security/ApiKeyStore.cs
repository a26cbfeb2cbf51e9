using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Api.Security;

/// <summary>
/// Staff API keys, kept as SHA-256 hashes. The keys are 256-bit random strings, so a fast hash is enough: there is
/// no low-entropy password here for a slow hash to protect.
/// </summary>
public sealed class ApiKeyStore(IDbContextFactory<ApiKeysDbContext> contexts, TimeProvider clock)
{
    public const string KeyPrefix = "gbk_";

    public static string NewKey() => KeyPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>Characters in a key's hash: SHA-256 as lower-case hex.</summary>
    public const int HashLength = SHA256.HashSizeInBytes * 2;

    // Keys are 68 characters; a longer header value (a mistake or a probe) is encoded into a rented buffer instead.
    private const int StackBytes = 256;

    public static string HashOf(string key)
    {
        Span<char> hash = stackalloc char[HashLength];
        WriteHash(key, hash);
        return new string(hash);
    }

    /// <summary>Writes the key's hash (<see cref="HashLength"/> characters) without allocating: the per-request check's form.</summary>
    public static void WriteHash(ReadOnlySpan<char> key, Span<char> destination)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(key.Length);
        byte[]? rented = null;
        var utf8 = maxBytes <= StackBytes ? stackalloc byte[StackBytes] : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        try
        {
            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(utf8[..Encoding.UTF8.GetBytes(key, utf8)], digest);
            Convert.TryToHexStringLower(digest, destination, out _);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    public async Task<ApiKeyRecord?> FindActiveAsync(string key, CancellationToken cancellationToken = default)
    {
        var hash = HashOf(key);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.AsNoTracking()
            .SingleOrDefaultAsync(k => k.KeyHash == hash && k.RevokedAt == null, cancellationToken);
    }

    /// <summary>Stores a key made elsewhere (the bootstrap admin key); a key already stored is left as it is.</summary>
    public async Task EnsureAsync(string key, string name, string role, CancellationToken cancellationToken = default)
    {
        var hash = HashOf(key);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.ApiKeys.AnyAsync(k => k.KeyHash == hash, cancellationToken))
        {
            return;
        }

        db.ApiKeys.Add(new ApiKeyRecord { Id = Guid.CreateVersion7(), Name = name, Role = role, KeyHash = hash, CreatedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> AnyActiveWithRoleAsync(string role, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.AnyAsync(k => k.Role == role && k.RevokedAt == null, cancellationToken);
    }

    /// <summary>Makes a new key and returns it: the only moment the key itself exists outside its holder.</summary>
    public async Task<(ApiKeyRecord Record, string Key)> CreateAsync(string name, string role, CancellationToken cancellationToken = default)
    {
        var key = NewKey();
        var record = new ApiKeyRecord { Id = Guid.CreateVersion7(), Name = name, Role = role, KeyHash = HashOf(key), CreatedAt = clock.GetUtcNow() };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ApiKeys.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return (record, key);
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.AsNoTracking().OrderBy(k => k.CreatedAt).ToListAsync(cancellationToken);
    }

    public async Task<bool> RevokeAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var updated = await db.ApiKeys
            .Where(k => k.Id == id && k.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(k => k.RevokedAt, clock.GetUtcNow()), cancellationToken);
        return updated == 1;
    }
}
