using GiveBack.Domain.Donors;

namespace GiveBack.Ledger.Consent;

/// <summary>
/// Consent's part of a merge: the merged donor's answers move to the survivor with their source and date. The
/// latest answer per channel and purpose then counts for the survivor, whichever record it was given on: a
/// withdrawal on either record is the person's latest word, and the history keeps both.
/// </summary>
public sealed class ConsentMergeStep(DonorConsents consents) : IDonorMergeStep
{
    public int Order => 15;

    public async Task<IReadOnlyList<MergeCount>> CountAsync(Guid mergedDonorId, CancellationToken cancellationToken) =>
        [new MergeCount("consents", await consents.CountAsync(mergedDonorId, cancellationToken))];

    public Task MoveAsync(Guid mergedDonorId, Guid survivorId, CancellationToken cancellationToken) =>
        consents.MoveAsync(mergedDonorId, survivorId, cancellationToken);
}
