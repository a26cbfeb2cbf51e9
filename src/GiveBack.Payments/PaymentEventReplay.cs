namespace GiveBack.Payments;

/// <summary>
/// What a replay request found: the event set pending again, an event still pending, an event whose payload the
/// retention job removed (nothing left to process), or no such event.
/// </summary>
public sealed record PaymentEventReplay(PaymentEventView? Event, bool AlreadyPending, bool PayloadRemoved = false)
{
    public static readonly PaymentEventReplay NotFound = new(null, false);
}
