using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Support;

/// <summary>One running host shared by the API test classes of the <see cref="ApiTests"/>.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private GiveBackServer? _server;

    public GiveBackServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync() => _server = await GiveBackServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
