using System.Security.Claims;
using GiveBack.Domain.Identity;
using GiveBack.Ledger.Gifts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

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

    /// <summary>
    /// A client's key in the namespace of the API key that sent it (the request is authenticated by then), so two
    /// integrations that both send "1" book two gifts, and each one's retry gets its own back.
    /// </summary>
    public static ScopedKey ScopedFor(HttpRequest request, string key) =>
        new(Guid.TryParse(request.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier), out var apiKeyId)
            ? apiKeyId
            : throw new InvalidOperationException("An authenticated request names the API key it used."),
            key);

    /// <summary>
    /// A 422 problem naming the header when a client key starts with a prefix GiveBack keeps for the keys it makes
    /// itself (<see cref="SystemKeys"/>), so that no client can answer for, or block, a booking the product makes.
    /// </summary>
    public static ProblemHttpResult? RefuseReserved(string key) =>
        SystemKeys.IsReserved(key)
            ? ApiProblems.Invalid(
                HeaderName,
                $"Idempotency-Keys starting with {string.Join(", ", SystemKeys.ReservedPrefixes.Select(p => $"'{p}'"))} are reserved for the keys GiveBack makes itself; choose another key.",
                StatusCodes.Status422UnprocessableEntity)
            : null;

    /// <summary>A stable id derived from a key, so creating the same thing twice lands on the same grain.</summary>
    public static Guid IdFor(string scope, string key) => NameBasedId.From($"{scope}:{key}");
}
