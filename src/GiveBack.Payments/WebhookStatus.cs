namespace GiveBack.Payments;

public enum WebhookStatus
{
    /// <summary>New event, stored for processing (2xx).</summary>
    Stored,

    /// <summary>Seen before (same event id): nothing new was stored (2xx, so the processor stops retrying).</summary>
    Duplicate,

    /// <summary>Bad signature, stale timestamp or not an event: nothing was stored (400).</summary>
    Rejected,

    /// <summary>The event could not be stored (database down): 5xx, so the processor retries later.</summary>
    Unavailable,

    /// <summary>No webhook secret is configured: nothing can be verified (5xx until an operator sets it).</summary>
    NotConfigured,
}
