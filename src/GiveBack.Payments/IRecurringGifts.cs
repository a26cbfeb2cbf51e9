namespace GiveBack.Payments;

/// <summary>Monthly gifts as the office and the donor see them; changes go through the processor, never a refund.</summary>
public interface IRecurringGifts
{
    /// <summary>Newest first; <paramref name="needsAttention"/> keeps those whose latest payment went to a closed campaign.</summary>
    Task<RecurringGiftPage> ListAsync(string? status, int offset, int limit, bool needsAttention = false, CancellationToken cancellationToken = default);

    Task<RecurringGiftView?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Every monthly gift of <paramref name="donorId"/>, newest first, without their charges' list (a donor has a handful).</summary>
    Task<IReadOnlyList<RecurringGiftView>> OfDonorAsync(Guid donorId, CancellationToken cancellationToken = default);

    /// <summary>Stops future charges now; past gifts stay as they are. Null when there is no such recurring gift.</summary>
    Task<RecurringGiftView?> CancelAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Charges <paramref name="amount"/> from the next cycle on. Null when there is no such recurring gift.</summary>
    Task<RecurringGiftView?> ChangeAmountAsync(Guid id, long amount, CancellationToken cancellationToken = default);
}
