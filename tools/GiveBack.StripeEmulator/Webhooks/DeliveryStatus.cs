namespace GiveBack.StripeEmulator.Webhooks;

/// <summary>The delivery queue at a glance, for tests that wait until everything went out.</summary>
public sealed record DeliveryStatus(bool Paused, int Queued, int Held, int RetriesScheduled, int InFlight)
{
    public bool Idle => Queued == 0 && Held == 0 && RetriesScheduled == 0 && InFlight == 0;
}
