namespace GiveBack.Engagement.Tests.Support;

/// <summary>One host with a fake engagement clock for the scoring and stage tests (they run one after another).</summary>
public sealed class ScoringServerFixture : IAsyncLifetime
{
    private EngagementServer? _server;

    public EngagementServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync() => _server = await EngagementServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
