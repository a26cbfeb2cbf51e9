using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Faults;

/// <summary>
/// Three real hosts on one database, started once for the class: each test makes its own campaign and donors, and a
/// test that restarts a host leaves all three running.
/// </summary>
public sealed class ThreeHosts : IAsyncLifetime
{
    private readonly List<GiveBackServer> _hosts = [];

    public IReadOnlyList<GiveBackServer> Hosts => _hosts;

    public async Task InitializeAsync()
    {
        var first = await GiveBackServer.StartAsync();
        _hosts.Add(first);
        _hosts.Add(await first.StartSiblingAsync());
        _hosts.Add(await first.StartSiblingAsync());
    }

    public async Task DisposeAsync()
    {
        // The siblings first: the first host owns the database.
        foreach (var host in Enumerable.Reverse(_hosts))
        {
            await host.DisposeAsync();
        }
    }
}
