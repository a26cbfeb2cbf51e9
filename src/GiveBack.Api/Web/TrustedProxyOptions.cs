namespace GiveBack.Api.Web;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c> GiveBack believes. Empty by default: then
/// nothing is trusted, and the client is the connection's own address.
/// </summary>
public sealed class TrustedProxyOptions
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Addresses of the proxies in front of GiveBack, e.g. <c>10.0.0.5</c> or <c>::1</c>.</summary>
    public IList<string> KnownProxies { get; init; } = [];

    /// <summary>Networks the proxies live in, in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public IList<string> KnownNetworks { get; init; } = [];

    public bool IsValid() =>
        KnownProxies.All(p => System.Net.IPAddress.TryParse(p, out _))
        && KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _));
}
