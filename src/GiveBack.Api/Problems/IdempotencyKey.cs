using GiveBack.Domain.Identity;
using Microsoft.AspNetCore.Http;

namespace GiveBack.Api.Problems;

/// <summary>The <c>Idempotency-Key</c> request header: a client's promise that a retry is the same request.</summary>
public static class IdempotencyKey
{
    public const string HeaderName = "Idempotency-Key";
    public const int MaxLength = 255;

    /// <summary>The key, or an error message when the header is missing (if required) or malformed.</summary>
    public static (string? Key, string? Error) Read(HttpRequest request, bool required)
    {
        string? key = request.Headers[HeaderName];
        if (string.IsNullOrWhiteSpace(key))
        {
            return (null, required ? "This request must carry an Idempotency-Key header (e.g. a new UUID per gift)." : null);
        }

        key = key.Trim();
        return key.Length > MaxLength || key.Any(char.IsControl)
            ? (null, $"The Idempotency-Key must be printable and at most {MaxLength} characters.")
            : (key, null);
    }

    /// <summary>A stable id derived from a key, so creating the same thing twice lands on the same grain.</summary>
    public static Guid IdFor(string scope, string key) => NameBasedId.From($"{scope}:{key}");
}
