using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.GivingDays.Pages;

/// <summary>
/// The giving-day pages' Content-Security-Policy: scripts only from this site (the one file <c>live.js</c>), the hub's
/// WebSocket on this site, images from this site (the share card); no other site may frame the page.
/// </summary>
public static class GivingDayPageHeaders
{
    /// <summary>Styles stay inline ('unsafe-inline'): the stylesheet is written into the page, and CSS runs no code.</summary>
    public const string Policy =
        "default-src 'self'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static RouteGroupBuilder WithGivingDayPageHeaders(this RouteGroupBuilder pages) =>
        pages.AddEndpointFilter(static (context, next) =>
        {
            var headers = context.HttpContext.Response.Headers;
            headers.ContentSecurityPolicy = Policy;
            headers.XFrameOptions = "DENY";
            return next(context);
        });
}
