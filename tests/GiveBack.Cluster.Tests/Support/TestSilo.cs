using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace GiveBack.Cluster.Tests.Support;

/// <summary>
/// A real silo host configured exactly as the product does (UseGiveBackPostgres), on free loopback ports.
/// Not InProcessTestCluster: that one swaps in its own in-memory membership and transport, which is
/// the very thing under test here.
/// </summary>
public sealed class TestSilo : IAsyncDisposable
{
    private bool _stopped;

    private TestSilo(IHost host, int siloPort)
    {
        Host = host;
        SiloPort = siloPort;
    }

    public IHost Host { get; }

    public int SiloPort { get; }

    /// <summary>The gateway port the silo runs with: 0 when it opens none.</summary>
    public int GatewayPort => Host.Services.GetRequiredService<IOptions<EndpointOptions>>().Value.GatewayPort;

    public IGrainFactory Grains => Host.Services.GetRequiredService<IGrainFactory>();

    public static async Task<TestSilo> StartAsync(
        string connectionString, string serviceId, string clusterId = "giveback-test", Action<GiveBackClusterOptions>? configure = null)
    {
        var siloPort = FreePort();
        // A bare silo has no host migrator: its schema is applied here, as the GiveBack host's migrator would.
        await BareSiloSchema.ApplyAsync(connectionString, CancellationToken.None);
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            EnvironmentName = Environments.Development,
        });
        builder.UseOrleans(silo =>
        {
            silo.UseGiveBackPostgres(o =>
            {
                o.ConnectionString = connectionString;
                o.ClusterId = clusterId;
                o.ServiceId = serviceId;
                o.SiloPort = siloPort;
                configure?.Invoke(o);
            });
        });

        var host = builder.Build();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new TestSilo(host, siloPort);
    }

    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await Host.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Host.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
