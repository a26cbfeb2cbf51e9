using System.ComponentModel.DataAnnotations;

namespace GiveBack.Cluster;

/// <summary>
/// Where this silo's cluster lives (PostgreSQL) and how it is reached. Bound from the "Cluster" section,
/// never from "Orleans", which Orleans binds itself and rejects unknown keys in.
/// </summary>
public sealed class GiveBackClusterOptions
{
    public const string SectionName = "Cluster";

    /// <summary>Npgsql connection string of the database holding membership and grain state.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = "";

    /// <summary>Silos with the same ClusterId (and database) form one cluster.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ClusterId { get; set; } = "giveback";

    /// <summary>
    /// Grain state rows are keyed by it: keep it stable across deployments and restarts,
    /// or state appears to vanish.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string ServiceId { get; set; } = "giveback";

    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    /// <summary>
    /// The Orleans gateway, for external Orleans clients. 0 (the default): no gateway listens. GiveBack's only client
    /// is the silo's own in-process one, and a gateway on a network address would let anyone who reaches it call the
    /// grains that move money; open one only for a trusted external client, behind the firewall and with <see cref="Tls"/>.
    /// </summary>
    [Range(0, 65535)]
    public int GatewayPort { get; set; }

    /// <summary>The address other silos use to reach this one (written to the membership table).</summary>
    [Required(AllowEmptyStrings = false)]
    public string AdvertisedIPAddress { get; set; } = "127.0.0.1";

    /// <summary>Mutual TLS between silos (and on the gateway, when one is open); off while no certificate is given.</summary>
    public ClusterTlsOptions Tls { get; set; } = new();
}
