namespace GiveBack.Engagement.Tests.Support;

/// <summary>One host on the real clock, for what needs gifts dated in real fiscal years (the gift path checks today's date).</summary>
public sealed class RealClockServerFixture : IAsyncLifetime
{
    private EngagementServer? _server;

    public EngagementServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync() => _server = await EngagementServer.StartAsync(fakeClock: false);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
