using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Security;

/// <summary>Two hosts allowing two giving-page requests a minute per client: one behind a proxy at 127.0.0.1, one trusting nobody.</summary>
public sealed class ClientAddressHosts : IAsyncLifetime
{
    public GiveBackServer BehindProxy { get; private set; } = null!;

    public GiveBackServer TrustingNobody { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        BehindProxy = await GiveBackServer.StartAsync(new Dictionary<string, string?>
        {
            ["GivingPage:PermitsPerMinute"] = "2",
            ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
        });
        TrustingNobody = await GiveBackServer.StartAsync(new Dictionary<string, string?> { ["GivingPage:PermitsPerMinute"] = "2" });
    }

    public async Task DisposeAsync()
    {
        await BehindProxy.DisposeAsync();
        await TrustingNobody.DisposeAsync();
    }
}
