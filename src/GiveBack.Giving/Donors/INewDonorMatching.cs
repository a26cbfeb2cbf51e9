using GiveBack.Grains.Abstractions.Donors;

namespace GiveBack.Giving.Donors;

/// <summary>
/// The matching rules as the API's donor create applies them (implemented by the constituents module, which owns
/// matching): before the create, whether the same person (same e-mail and name) is on file; after it, the possible
/// duplicates put in the review queue.
/// </summary>
public interface INewDonorMatching
{
    /// <summary>A donor other than <paramref name="newDonorId"/> with the same e-mail and the same name, if any.</summary>
    Task<Guid?> SamePersonAsync(DonorProfile profile, Guid newDonorId, CancellationToken cancellationToken);

    /// <summary>Queues the new donor's possible duplicates; returns the ids of the donors it may duplicate.</summary>
    Task<IReadOnlyList<Guid>> RecordMatchesAsync(Guid donorId, CancellationToken cancellationToken);
}
