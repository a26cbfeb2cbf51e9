using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Hosting.Kubernetes;
using Orleans.Serialization;
using Orleans.Storage;

namespace GiveBack.Cluster;

/// <summary>
/// Runs a silo on PostgreSQL: membership and grain state through the ADO.NET providers. No reminder service: every timed
/// task is a clustered Quartz job (GiveBack.Scheduling), so Orleans reminders are not configured. The tables and query
/// rows (<see cref="OrleansSchema"/>) must exist first: the GiveBack host's schema migrator applies them.
/// </summary>
public static class GiveBackClusterSiloBuilderExtensions
{
    // The ADO.NET invariant name the providers map to Npgsql's DbProviderFactory.
    private const string Invariant = "Npgsql";

    public static ISiloBuilder UseGiveBackPostgres(this ISiloBuilder silo, Action<GiveBackClusterOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new GiveBackClusterOptions();
        configure(options);
        return silo.UseGiveBackPostgres(options);
    }

    public static ISiloBuilder UseGiveBackPostgres(this ISiloBuilder silo, GiveBackClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(options);
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        var connectionString = options.ConnectionString;
        var advertised = options.Kubernetes ? PodIp() : IPAddress.Parse(options.AdvertisedIPAddress);

        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = options.ClusterId;
            o.ServiceId = options.ServiceId;
        });
        silo.Configure<EndpointOptions>(o =>
        {
            o.AdvertisedIPAddress = advertised;
            o.SiloPort = options.SiloPort;
            o.GatewayPort = options.GatewayPort;
        });

        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = connectionString;
        });
        silo.AddAdoNetGrainStorageAsDefault(storage => ConfigureStorage(storage, connectionString));
        silo.AddAdoNetGrainStorage(GiveBackStorage.Name, storage => ConfigureStorage(storage, connectionString));
        if (options.Kubernetes)
        {
            // After the ClusterOptions above: the pod's ORLEANS_CLUSTER_ID/ORLEANS_SERVICE_ID, when set, win.
            silo.UseKubernetesHosting();
        }

        if (options.Tls.Enabled)
        {
            silo.UseClusterTls(options.Tls);
        }

        return silo;
    }

    // Under Kubernetes the pod's IP is advertised. Read here rather than left to Orleans' Kubernetes hosting, which fills
    // the address in only when nothing else has, and Orleans' own default (the first address of the machine) comes first.
    private static IPAddress PodIp()
    {
        var variable = KubernetesHostingOptions.PodIPEnvironmentVariable;
        var value = Environment.GetEnvironmentVariable(variable);
        return string.IsNullOrWhiteSpace(value)
            ? throw new ValidationException($"Cluster:Kubernetes is on but {variable} is not set: give the pod its IP through the downward API (status.podIP).")
            : IPAddress.Parse(value);
    }

    // Grain state is written with the Orleans serializer, pinned here rather than taken from whatever
    // IGrainStorageSerializer the host registers: state types carry [GenerateSerializer]/[Id] for
    // version tolerance, and changing the format later would make every stored row unreadable.
    private static void ConfigureStorage(OptionsBuilder<AdoNetGrainStorageOptions> storage, string connectionString) =>
        storage.Configure<Serializer>((o, serializer) =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = connectionString;
            o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
        });
}
