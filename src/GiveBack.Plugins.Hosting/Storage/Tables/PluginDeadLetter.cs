namespace GiveBack.Plugins.Hosting.Storage.Tables;

/// <summary>A row of <c>plugin_dead_letters</c>: an event a plugin gave up on, open until replayed.</summary>
internal sealed class PluginDeadLetter
{
    public long Id { get; init; }

    public required string PluginId { get; init; }

    public long OutboxId { get; init; }

    public required string EventType { get; init; }

    public Guid? DonorId { get; init; }

    public int Attempts { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset FailedAt { get; init; }

    public DateTimeOffset? ReplayedAt { get; init; }
}
