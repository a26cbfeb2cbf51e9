namespace GiveBack.Plugins.Hosting.Storage;

/// <param name="OldestUndeliveredAt">When the oldest event still owed to a delivering plugin happened; null when none is owed.</param>
/// <param name="OpenDeadLetters">Events given up on and not replayed, across plugins.</param>
public sealed record PluginBacklogReading(DateTimeOffset? OldestUndeliveredAt, int OpenDeadLetters);
