using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace GiveBack.Payments.GivingPage;

/// <summary>
/// Self-service links to a monthly gift (<c>/give/monthly/{token}</c>), protected by ASP.NET Core Data Protection
/// (keys in PostgreSQL, shared by every host) and valid for <see cref="Lifetime"/>. The token is
/// <c>{expiry in Unix seconds}.{time-limited protected gift id}</c>: the clear expiry only lets a refused link be
/// told apart as expired (a page saying how to get a new one) rather than forged (not found); it grants nothing, since
/// the protected part carries the same expiry and is checked first.
/// </summary>
public sealed class MonthlyGiftLinks(IDataProtectionProvider protection, PublicUrls urls, TimeProvider clock) : IMonthlyGiftLinks
{
    /// <summary>The Data Protection purpose: a token protected for anything else is not a monthly-gift link.</summary>
    public const string Purpose = "GiveBack.Giving.MonthlyGiftLink.v1";

    public const int MaxTokenLength = 400;

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    public string Create(Guid recurringGiftId) => urls.Absolute($"/give/monthly/{Token(recurringGiftId)}");

    public string Token(Guid recurringGiftId) => Token(recurringGiftId, clock.GetUtcNow() + Lifetime);

    /// <summary>A token that expires at <paramref name="expires"/> (to the second); tests mint expired ones with it.</summary>
    public string Token(Guid recurringGiftId, DateTimeOffset expires)
    {
        var seconds = expires.ToUnixTimeSeconds();
        var protectedId = _protector.Protect(recurringGiftId.ToString("N"), DateTimeOffset.FromUnixTimeSeconds(seconds));
        return string.Create(CultureInfo.InvariantCulture, $"{seconds}.{protectedId}");
    }

    public MonthlyGiftLink Read(string token)
    {
        var invalid = new MonthlyGiftLink(MonthlyGiftLinkStatus.Invalid, Guid.Empty);
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (token.Length > MaxTokenLength || dot <= 0
            || !long.TryParse(token.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return invalid;
        }

        try
        {
            var id = _protector.Unprotect(token[(dot + 1)..], out var expiration);
            return expiration.ToUnixTimeSeconds() == seconds && Guid.TryParseExact(id, "N", out var recurringGiftId)
                ? new MonthlyGiftLink(MonthlyGiftLinkStatus.Valid, recurringGiftId)
                : invalid;
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            return seconds < clock.GetUtcNow().ToUnixTimeSeconds() ? new MonthlyGiftLink(MonthlyGiftLinkStatus.Expired, Guid.Empty) : invalid;
        }
    }
}
