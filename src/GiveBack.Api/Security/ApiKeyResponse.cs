
namespace GiveBack.Api.Security;

/// <summary>A key as listed; <c>key</c> is present only in the answer to its creation, and never again.</summary>
public sealed record ApiKeyResponse(Guid Id, string Name, string Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, string? Key)
{
    public static ApiKeyResponse From(ApiKeyRecord record, string? key = null) =>
        new(record.Id, record.Name, record.Role, record.CreatedAt, record.RevokedAt, key);
}
