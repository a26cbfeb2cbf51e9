using System.Security.Claims;
using System.Text.Encodings.Web;
using GiveBack.Web.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GiveBack.Api.Security;

/// <summary>Authenticates <c>Authorization: Bearer &lt;api key&gt;</c> and answers 401 and 403 as problem details.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyCache keys) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var key = header.AsSpan(BearerPrefix.Length).Trim();
        // Almost every request carries a key checked in the last half-minute: answered without the database, and
        // without copying the key out of the header.
        var record = key.IsEmpty ? null
            : keys.TryGetKnown(key, out var known) ? known
            : await keys.FindAsync(key.ToString(), Context.RequestAborted);
        if (record is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, record.Id.ToString()),
                new Claim(ClaimTypes.Name, record.Name),
                new Claim(ClaimTypes.Role, record.Role),
            ],
            ApiKeyDefaults.Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiKeyDefaults.Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return ProblemWriter.WriteAsync(
            Context, StatusCodes.Status401Unauthorized, "Authentication required",
            "Send a staff API key as 'Authorization: Bearer <key>'.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ProblemWriter.WriteAsync(
            Context, StatusCodes.Status403Forbidden, "Not allowed for this role",
            "The API key's role does not allow this request.");
}
