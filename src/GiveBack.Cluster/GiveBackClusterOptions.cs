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

    /// <summary>
    /// The address other silos use to reach this one (written to the membership table). Not used under
    /// <see cref="Kubernetes"/>, where it is the pod's own IP.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string AdvertisedIPAddress { get; set; } = "127.0.0.1";

    /// <summary>
    /// Running as a Kubernetes pod: Orleans' Kubernetes hosting names the silo after the pod (<c>POD_NAME</c>), advertises
    /// the pod's IP (<c>POD_IP</c>) and listens on every interface, takes ClusterId and ServiceId from
    /// <c>ORLEANS_CLUSTER_ID</c>/<c>ORLEANS_SERVICE_ID</c> when set (the pod's <c>orleans/clusterId</c> and
    /// <c>orleans/serviceId</c> labels through the downward API), and declares dead the members whose pods are gone,
    /// so a deleted pod's grains move at once rather than after the membership probes time out. Membership and grain
    /// state stay in PostgreSQL either way.
    /// </summary>
    public bool Kubernetes { get; set; }

    /// <summary>Mutual TLS between silos (and on the gateway, when one is open); off while no certificate is given.</summary>
    public ClusterTlsOptions Tls { get; set; } = new();
}
