using Microsoft.AspNetCore.Http;

namespace GiveBack.Api.Web;

/// <summary>
/// Headers every response carries: <c>nosniff</c>, and no referrer (a monthly-gift link holds its token in the path).
/// The giving pages add their own Content-Security-Policy beside their script (<c>GivingPageHeaders</c>).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
