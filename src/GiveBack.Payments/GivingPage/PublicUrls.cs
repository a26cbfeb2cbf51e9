using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GiveBack.Payments.GivingPage;

/// <summary>
/// The one place that builds absolute URLs handed out of GiveBack (Checkout return addresses, the Stripe portal's way
/// back, links in e-mails and on the staff API). They start with <c>GivingPage:PublicBaseUrl</c>, never with the
/// request's Host header, which any client can set. Only in Development, where the setting may be left out, they fall
/// back to the request's own address, or without a request (an e-mail) to the first address the server listens on.
/// </summary>
public sealed class PublicUrls(IOptions<GivingPageOptions> options, IServer server)
{
    /// <param name="pathAndQuery">Starts with <c>/</c>, already escaped.</param>
    /// <param name="request">Consulted only in Development when no public base URL is configured.</param>
    public string Absolute(string pathAndQuery, HttpRequest? request = null) => $"{Base(request)}{pathAndQuery}";

    private string Base(HttpRequest? request)
    {
        if (options.Value.PublicBaseUrl is { Length: > 0 } configured)
        {
            return configured.TrimEnd('/');
        }

        var fallback = request is not null
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost";
        return fallback.TrimEnd('/');
    }
}
