namespace GiveBack.Grains.Payments;

/// <summary>What a replay request found: the event set pending again, an event still pending, or no such event.</summary>
public sealed record PaymentEventReplay(PaymentEventView? Event, bool AlreadyPending)
{
    public static readonly PaymentEventReplay NotFound = new(null, false);
}
