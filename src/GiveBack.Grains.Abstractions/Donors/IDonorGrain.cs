using GiveBack.Domain.Giving;
using Orleans.Concurrency;

namespace GiveBack.Grains.Abstractions.Donors;

/// <summary>
/// One donor: owns the profile (persisted) and keeps the giving summary live from the ledger facts applied to it. A
/// donor merged into another answers every call with (or forwards it to) the survivor.
/// </summary>
[Alias("giveback.IDonorGrain")]
public interface IDonorGrain : IGrainWithGuidKey
{
    [Alias("Get")]
    Task<DonorView?> GetAsync();

    /// <summary>
    /// The donor as a gift is booked to them, without the giving summary (null when the donor does not exist). Read
    /// only, so the checks of concurrent gifts to one donor run side by side.
    /// </summary>
    [Alias("GetGiftDonor"), ReadOnly]
    Task<GiftDonor?> GetGiftDonorAsync();

    [Alias("Create")]
    Task<DonorCreation> CreateAsync(DonorProfile profile);

    /// <summary>Replaces the profile; null when the donor does not exist.</summary>
    [Alias("Update")]
    Task<DonorView?> UpdateAsync(DonorProfile profile);

    /// <summary>Applies a committed ledger fact; applying the same fact again changes nothing.</summary>
    [Alias("Apply")]
    Task ApplyAsync(LedgerFact fact);

    /// <summary>
    /// Forgets who the donor is (erasure at their request): the profile and the donors row name nobody, a DonorErased
    /// event goes to the plugins, and the giving summary stays, from the ledger. False when the donor does not exist.
    /// </summary>
    [Alias("Erase")]
    Task<bool> EraseAsync(DateTimeOffset erasedAt);

    /// <summary>Drops the live summary and recomputes it from the ledger.</summary>
    [Alias("Rebuild")]
    Task<DonorView?> RebuildAsync();

    /// <summary>
    /// Marks this donor merged into <paramref name="survivorId"/> and takes it out of the searchable list: from then on
    /// reads answer with the survivor and writes go to it. Doing it again changes nothing.
    /// </summary>
    [Alias("MergeInto")]
    Task MergeIntoAsync(Guid survivorId);
}
