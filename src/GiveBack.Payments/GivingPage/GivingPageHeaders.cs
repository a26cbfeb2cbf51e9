using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Payments.GivingPage;

/// <summary>
/// The giving pages' Content-Security-Policy: the only script is the page's own inline script, allowed by its SHA-256
/// computed once from the text the page serves, and no other site may frame the page. It lives beside the script it
/// hashes, so a change to one is a change to the other; the host's web doors add what every response carries.
/// </summary>
public static class GivingPageHeaders
{
    /// <summary>
    /// Styles stay inline ('unsafe-inline'): the page's stylesheet and a progress bar's width are inline, and CSS runs
    /// no code. No form-action: the form's answer is a redirect to Stripe Checkout, which form-action would block.
    /// </summary>
    public static readonly string Policy =
        $"default-src 'self'; script-src '{ScriptHash(GivingScript.Text)}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public static string ScriptHash(string script) =>
        $"sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}";

    /// <summary>Every page of the group answers with the policy, whatever it renders.</summary>
    public static RouteGroupBuilder WithGivingPageHeaders(this RouteGroupBuilder pages) =>
        pages.AddEndpointFilter(static (context, next) =>
        {
            var headers = context.HttpContext.Response.Headers;
            headers.ContentSecurityPolicy = Policy;
            headers.XFrameOptions = "DENY";
            return next(context);
        });
}
