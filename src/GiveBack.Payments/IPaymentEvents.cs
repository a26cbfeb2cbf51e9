namespace GiveBack.Payments;

/// <summary>
/// The processor's events as GiveBack stored them, for staff: what is pending, done or parked (failed for the whole
/// retry window), and a replay that sends an event through the normal processing path again.
/// </summary>
public interface IPaymentEvents
{
    /// <summary>Newest first; <paramref name="status"/> is one of <see cref="PaymentEventStatuses.All"/> or null for every event.</summary>
    Task<(IReadOnlyList<PaymentEventView> Items, int Total)> ListAsync(string? status, int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets a parked or processed event pending again, with a fresh retry window, and wakes the processor. Processing
    /// is idempotent, so replaying an event already booked books nothing twice.
    /// </summary>
    Task<PaymentEventReplay> ReplayAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>How many events are parked, and how many are pending after at least one failed attempt.</summary>
    Task<(int Parked, int Retrying)> CountTroubleAsync(CancellationToken cancellationToken = default);
}
