using System.Globalization;

namespace GiveBack.FaultHarness.Cluster;

/// <summary>Three (or more) server processes on one database and ClusterId: one Orleans cluster, one Quartz cluster.</summary>
internal sealed class HostCluster : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private HostCluster(IReadOnlyList<ServerProcess> hosts) => Hosts = hosts;

    public IReadOnlyList<ServerProcess> Hosts { get; }

    /// <summary>
    /// Picks free loopback ports (distinct HTTP, silo and gateway ports per host) with postgres.sh's giveback_free_port,
    /// starts the first host alone (it migrates the empty database), then the others together, and waits until all are ready.
    /// </summary>
    public static async Task<HostCluster> StartAsync(ClusterSettings settings, int count, CancellationToken cancellationToken)
    {
        var hosts = new List<ServerProcess>();
        for (var i = 1; i <= count; i++)
        {
            hosts.Add(new ServerProcess(i, await FreePortsAsync(settings.Repository, i), settings));
        }

        var cluster = new HostCluster(hosts);
        try
        {
            hosts[0].Start();
            await hosts[0].WaitReadyAsync(StartTimeout, cancellationToken);
            foreach (var host in hosts.Skip(1))
            {
                host.Start();
            }

            await Task.WhenAll(hosts.Skip(1).Select(h => h.WaitReadyAsync(StartTimeout, cancellationToken)));
        }
        catch
        {
            cluster.Dispose();
            throw;
        }

        return cluster;
    }

    /// <summary>Starts every host that is not running and waits until all are ready: each scenario begins with a whole cluster.</summary>
    public async Task EnsureAllRunningAsync(CancellationToken cancellationToken)
    {
        foreach (var host in Hosts.Where(h => !h.Running))
        {
            host.Start();
        }

        await Task.WhenAll(Hosts.Select(h => h.WaitReadyAsync(StartTimeout, cancellationToken)));
    }

    public ServerProcess? HostOfSilo(string? siloEndpoint) => Hosts.FirstOrDefault(h => h.SiloEndpoint == siloEndpoint);

    public void Dispose()
    {
        foreach (var host in Hosts)
        {
            host.Dispose();
        }
    }

    private static async Task<HostPorts> FreePortsAsync(string repository, int number)
    {
        async Task<int> Free(int from) => int.Parse(
            await Shell.PostgresAsync(repository, """giveback_free_port "$1" """, from.ToString(CultureInfo.InvariantCulture)),
            CultureInfo.InvariantCulture);

        // Spaced by host number so the three hosts never pick the same port; each checked free before use.
        return new HostPorts(await Free(5180 + (number * 10)), await Free(11280 + (number * 10)), await Free(30280 + (number * 10)));
    }
}
