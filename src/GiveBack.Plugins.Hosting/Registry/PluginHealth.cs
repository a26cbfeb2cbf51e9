namespace GiveBack.Plugins.Hosting.Registry;

/// <summary>How a plugin is doing, from its recent deliveries.</summary>
public enum PluginHealth
{
    /// <summary>No delivery yet.</summary>
    Unknown = 0,

    /// <summary>The last delivery succeeded.</summary>
    Healthy = 1,

    /// <summary>The last deliveries failed, but fewer than the unhealthy threshold.</summary>
    Degraded = 2,

    /// <summary>Refused at load, or failing repeatedly.</summary>
    Unhealthy = 3,
}
