namespace GiveBack.Plugins.Hosting.Storage.Tables;

/// <summary>
/// A row of <c>plugin_cursors</c>: how far into the outbox a plugin's deliveries have got, and the cursor its CRM
/// connector handed back on the last pull.
/// </summary>
internal sealed class PluginCursor
{
    public required string PluginId { get; init; }

    public long LastOutboxId { get; init; }

    public string? PullCursor { get; init; }

    public DateTimeOffset? PulledAt { get; init; }
}
