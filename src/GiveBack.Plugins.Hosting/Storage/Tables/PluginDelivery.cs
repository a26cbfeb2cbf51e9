namespace GiveBack.Plugins.Hosting.Storage.Tables;

/// <summary>A row of <c>plugin_deliveries</c>: what became of one outbox event for one plugin (see <see cref="DeliveryRecord"/>).</summary>
internal sealed class PluginDelivery
{
    public required string PluginId { get; init; }

    public long OutboxId { get; init; }

    public Guid? DonorId { get; init; }

    public required string Status { get; init; }

    public int Attempts { get; init; }

    public DateTimeOffset NextAttemptAt { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset? DeliveredAt { get; init; }
}
