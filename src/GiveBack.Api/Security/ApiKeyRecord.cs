namespace GiveBack.Api.Security;

/// <summary>A staff API key. Only the SHA-256 of the key is stored; the key itself is shown once, when made.</summary>
public sealed class ApiKeyRecord
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    public required string Role { get; init; }

    public required string KeyHash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; set; }
}
