using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GiveBack.Api.Web;

/// <summary>
/// What GiveBack believes about a request before any endpoint sees it: forwarded headers only from configured proxies;
/// and the security headers every response carries. The Host header is checked against <c>AllowedHosts</c>, to which
/// the giving page adds its public base URL's host (<c>AddGivingPage</c>).
/// </summary>
public static class WebDoorsRegistration
{
    public static IHostApplicationBuilder AddGiveBackWebDoors(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TrustedProxyOptions>()
            .BindConfiguration(TrustedProxyOptions.SectionName)
            .Validate(o => o.IsValid(), "ForwardedHeaders: KnownProxies must be IP addresses and KnownNetworks CIDR ranges (10.0.0.0/24).")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<TrustedProxyOptions>>((forwarded, trusted) =>
        {
            // ASP.NET trusts loopback by default, and everyone once both lists are empty: GiveBack reads forwarded
            // headers only when proxies are configured, and only from them.
            var proxies = trusted.Value.KnownProxies.Count + trusted.Value.KnownNetworks.Count;
            forwarded.ForwardedHeaders = proxies == 0 ? ForwardedHeaders.None : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in trusted.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in trusted.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            // Walk back through a chain of trusted proxies to the first address that is not one of them.
            forwarded.ForwardLimit = null;
        });
        return builder;
    }

    /// <summary>First in the pipeline: every later component (rate limiter, logs) sees the real client.</summary>
    public static WebApplication UseGiveBackWebDoors(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeaders>();
        return app;
    }
}
