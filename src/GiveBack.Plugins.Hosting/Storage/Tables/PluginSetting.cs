namespace GiveBack.Plugins.Hosting.Storage.Tables;

/// <summary>A row of <c>plugin_settings</c>: whether the plugin is enabled, and its delivery record.</summary>
internal sealed class PluginSetting
{
    public required string PluginId { get; init; }

    public bool Enabled { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? LastSuccessAt { get; init; }

    public DateTimeOffset? LastFailureAt { get; init; }

    public string? LastError { get; init; }

    public int ConsecutiveFailures { get; init; }
}
