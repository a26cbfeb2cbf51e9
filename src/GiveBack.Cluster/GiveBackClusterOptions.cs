using System.ComponentModel.DataAnnotations;

namespace GiveBack.Cluster;

/// <summary>
/// Where this silo's cluster lives (PostgreSQL) and how it is reached. Bound from the "Cluster" section,
/// never from "Orleans", which Orleans binds itself and rejects unknown keys in.
/// </summary>
public sealed class GiveBackClusterOptions
{
    public const string SectionName = "Cluster";

    /// <summary>Npgsql connection string of the database holding membership, grain state and reminders.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = "";

    /// <summary>Silos with the same ClusterId (and database) form one cluster.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ClusterId { get; set; } = "giveback";

    /// <summary>
    /// Grain state and reminder rows are keyed by it: keep it stable across deployments and restarts,
    /// or state appears to vanish.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string ServiceId { get; set; } = "giveback";

    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos use to reach this one (written to the membership table).</summary>
    [Required(AllowEmptyStrings = false)]
    public string AdvertisedIPAddress { get; set; } = "127.0.0.1";
}
