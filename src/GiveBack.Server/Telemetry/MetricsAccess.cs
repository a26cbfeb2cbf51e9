using System.Security.Cryptography;
using System.Text;
using GiveBack.Domain.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace GiveBack.Server.Telemetry;

/// <summary>
/// Who may read <c>/metrics</c>: an administrator (API key or signed-in staff), or a scraper sending the configured
/// scrape key as a bearer token. The scrape key is no API key: it opens this one endpoint and nothing else.
/// </summary>
internal static class MetricsAccess
{
    public const string Policy = "giveback.metrics";

    public static bool Allows(AuthorizationHandlerContext context)
    {
        if (context.User.IsInRole(Roles.Admin))
        {
            return true;
        }

        if (context.Resource is not HttpContext http)
        {
            return false;
        }

        var configured = http.RequestServices.GetRequiredService<IOptionsMonitor<TelemetryOptions>>().CurrentValue.ScrapeKey;
        string? header = http.Request.Headers.Authorization;
        const string bearer = "Bearer ";
        if (string.IsNullOrWhiteSpace(configured) || header is null || !header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Compared as hashes so that neither the contents nor the length of the key show in the time taken.
        var sent = SHA256.HashData(Encoding.UTF8.GetBytes(header[bearer.Length..].Trim()));
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(configured.Trim()));
        return CryptographicOperations.FixedTimeEquals(sent, expected);
    }
}
