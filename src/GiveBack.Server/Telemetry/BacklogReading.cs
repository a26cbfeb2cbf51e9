namespace GiveBack.Server.Telemetry;

/// <summary>One reading of the queues that monitoring watches, taken together.</summary>
internal sealed record BacklogReading(
    int StripeParked,
    int PluginDeadLetters,
    int OutreachFailed,
    int OutreachDead,
    DateTimeOffset? OldestUndeliveredAt)
{
    public static readonly BacklogReading Empty = new(0, 0, 0, 0, null);
}
