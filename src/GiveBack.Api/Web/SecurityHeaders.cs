using System.Security.Cryptography;
using System.Text;
using GiveBack.Api.Giving;
using Microsoft.AspNetCore.Http;

namespace GiveBack.Api.Web;

/// <summary>
/// Headers every response carries (<c>nosniff</c>, no referrer: a monthly-gift link holds its token in the path), and
/// on the public giving pages a Content-Security-Policy whose only script is the page's own inline script, allowed by
/// its SHA-256 computed once from the text the page serves, and which no other site may frame.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string GivingPrefix = "/give";

    /// <summary>
    /// Styles stay inline ('unsafe-inline'): the page's stylesheet and a progress bar's width are inline, and CSS runs
    /// no code. No form-action: the form's answer is a redirect to Stripe Checkout, which form-action would block.
    /// </summary>
    public static readonly string GivingPagePolicy =
        $"default-src 'self'; script-src '{ScriptHash(GivingScript.Text)}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public static string ScriptHash(string script) =>
        $"sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            if (context.Request.Path.StartsWithSegments(GivingPrefix, StringComparison.OrdinalIgnoreCase))
            {
                headers.ContentSecurityPolicy = GivingPagePolicy;
                headers.XFrameOptions = "DENY";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
