namespace GiveBack.Plugins.Hosting.Registry;

/// <summary>The delivery record of a plugin, as kept in memory and in <c>plugin_settings</c>.</summary>
public sealed record PluginStatus(
    bool Enabled,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? LastFailureAt,
    string? LastError,
    int ConsecutiveFailures)
{
    public static PluginStatus Initial { get; } = new(true, null, null, null, 0);

    public PluginHealth HealthFor(int unhealthyAfterFailures) => this switch
    {
        { ConsecutiveFailures: var n } when n >= unhealthyAfterFailures => PluginHealth.Unhealthy,
        { ConsecutiveFailures: > 0 } => PluginHealth.Degraded,
        { LastSuccessAt: not null } => PluginHealth.Healthy,
        _ => PluginHealth.Unknown,
    };
}
