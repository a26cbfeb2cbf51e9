namespace GiveBack.Plugins.Hosting.Storage;

/// <summary>The state of one event for one plugin in <c>plugin_deliveries</c>.</summary>
internal sealed record DeliveryRecord(string Status, int Attempts, DateTimeOffset NextAttemptAt, string? LastError, DateTimeOffset? DeliveredAt)
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Dead = "dead";

    public static DeliveryRecord Succeeded(int attempts, DateTimeOffset at) => new(Delivered, attempts, at, null, at);

    public static DeliveryRecord RetryAt(int attempts, DateTimeOffset next, string error) => new(Pending, attempts, next, error, null);

    public static DeliveryRecord Waiting(DateTimeOffset now) => new(Pending, 0, now, null, null);

    public static DeliveryRecord DeadAt(int attempts, DateTimeOffset at, string error) => new(Dead, attempts, at, error, null);
}
