using System.Net;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Security;

/// <summary>
/// The giving page's rate limit counts real clients: <c>X-Forwarded-For</c> is believed only from a configured proxy
/// (the tests connect from 127.0.0.1), and IPv6 clients are counted by /64. Two hosts: one behind a configured proxy,
/// one trusting nobody (the default). Each allows two requests a minute per client.
/// </summary>
public sealed class ClientAddressTests(ClientAddressHosts hosts) : IClassFixture<ClientAddressHosts>
{
    private readonly GiveBackServer _behindProxy = hosts.BehindProxy;
    private readonly GiveBackServer _trustingNobody = hosts.TrustingNobody;

    [Fact]
    public async Task Behind_a_configured_proxy_each_forwarded_client_has_its_own_bucket_and_IPv6_counts_by_64()
    {
        Assert.Equal(HttpStatusCode.NotFound, await GiveAsync(_behindProxy, "2001:db8:1:2::1"));
        Assert.Equal(HttpStatusCode.NotFound, await GiveAsync(_behindProxy, "2001:db8:1:2::1"));
        // Another address in the same /64 is the same client.
        Assert.Equal(HttpStatusCode.TooManyRequests, await GiveAsync(_behindProxy, "2001:db8:1:2:ffff:ffff:ffff:fffe"));
        // Another /64, and another IPv4 client, are not held back by it.
        Assert.Equal(HttpStatusCode.NotFound, await GiveAsync(_behindProxy, "2001:db8:1:3::1"));
        Assert.Equal(HttpStatusCode.NotFound, await GiveAsync(_behindProxy, "203.0.113.7"));
    }

    [Fact]
    public async Task Without_a_configured_proxy_X_Forwarded_For_is_ignored_and_the_connection_is_the_client()
    {
        Assert.Equal(HttpStatusCode.NotFound, await GiveAsync(_trustingNobody, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.NotFound, await GiveAsync(_trustingNobody, "203.0.113.2"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await GiveAsync(_trustingNobody, "203.0.113.3"));
    }

    private static async Task<HttpStatusCode> GiveAsync(GiveBackServer server, string forwardedFor)
    {
        using var client = server.CreateClient(apiKey: null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/give/no-such-campaign");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
