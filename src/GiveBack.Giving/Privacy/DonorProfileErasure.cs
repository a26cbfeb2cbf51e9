using GiveBack.Domain.Erasure;
using GiveBack.Grains.Abstractions.Donors;

namespace GiveBack.Giving.Privacy;

/// <summary>
/// Giving's part of an erasure, run last: the donor's grain forgets the profile it persists and rewrites the donors row
/// (the search copy) and the outbox with it (<c>DonorErasureRecords</c>), which queues <c>DonorErased</c>. Last,
/// because until then the profile still holds the name and e-mail the other steps search free text for, should an
/// interrupted erasure run again.
/// </summary>
public sealed class DonorProfileErasure(IGrainFactory grains) : IDonorErasureStep
{
    public int Order => int.MaxValue;

    public string Name => "giving: profile (grain state and donors row), outbox payloads, duplicate suggestions; DonorErased sent";

    public async Task EraseAsync(DonorErasure erasure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        await grains.GetGrain<IDonorGrain>(erasure.DonorId).EraseAsync(erasure.ErasedAt);
    }
}
