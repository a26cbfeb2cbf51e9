using GiveBack.Domain.Giving;

namespace GiveBack.Grains.Abstractions.Pledges;

/// <summary>
/// One pledge: its terms (persisted), the payments applied oldest installment first, its balance and status. A
/// payment is reserved before it is booked, so two gifts arriving together can never pay more than is owed.
/// </summary>
[Alias("giveback.IPledgeGrain")]
public interface IPledgeGrain : IGrainWithGuidKey
{
    [Alias("Get")]
    Task<PledgeView?> GetAsync();

    [Alias("Create")]
    Task<PledgeCreation> CreateAsync(PledgeTerms terms);

    /// <summary>
    /// Holds <paramref name="amount"/> of the balance for a gift about to be booked. <paramref name="holdId"/> names the
    /// request (it is derived from its idempotency key), so a retry replaces its own hold instead of adding a second
    /// one; a hold nobody settles expires.
    /// </summary>
    [Alias("Reserve")]
    Task<PledgeRefusal> ReserveAsync(Guid holdId, Guid donorId, Guid campaignId, string currency, long amount);

    /// <summary>Ends a hold in one turn: applies the payment it became, if any, and frees the amount held.</summary>
    [Alias("Settle")]
    Task SettleAsync(Guid holdId, LedgerFact? payment);

    [Alias("Apply")]
    Task ApplyAsync(LedgerFact fact);

    [Alias("WriteOff")]
    Task<PledgeRefusal> WriteOffAsync(string reason);

    [Alias("Cancel")]
    Task<PledgeRefusal> CancelAsync(string reason);

    /// <summary>Recomputes the status for today (an installment falls due) and refreshes the listed copy.</summary>
    [Alias("Refresh")]
    Task<PledgeView?> RefreshAsync();

    /// <summary>
    /// Gives the pledge to another donor (the survivor of a merge): its payments, booked and to come, count the same.
    /// Doing it again changes nothing; null when the pledge does not exist.
    /// </summary>
    [Alias("Transfer")]
    Task<PledgeView?> TransferAsync(Guid donorId);
}
