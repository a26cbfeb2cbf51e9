namespace GiveBack.StripeEmulator.Webhooks;

/// <summary>
/// One try at delivering one copy of an event to one endpoint. <paramref name="StatusCode"/> is null when the
/// endpoint could not be reached (then <paramref name="Error"/> says why).
/// </summary>
public sealed record DeliveryAttempt(
    string EventId, string EventType, string Url, int Copy, int Attempt, int? StatusCode, string? Error, DateTimeOffset At)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;
}
