using GiveBack.Domain.Erasure;
using GiveBack.Grains.Abstractions.Donors;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Constituents.Erasure;

/// <summary>
/// Erases a donor at their request: each module's <see cref="IDonorErasureStep"/> removes the personal data of its own
/// tables and grains, in their order, and a <see cref="DonorErasureRecord"/> keeps who asked and when. The record is
/// written before the steps and completed after them, so an erasure interrupted half-way is finished by asking again;
/// a completed one is not run twice.
/// </summary>
public sealed class DonorEraser(
    IDbContextFactory<ConstituentsDbContext> contexts,
    IGrainFactory grains,
    IEnumerable<IDonorErasureStep> steps,
    TimeProvider clock)
{
    public async Task<ErasureResult> EraseAsync(Guid donorId, string requestedBy, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.DonorErasures.SingleOrDefaultAsync(e => e.DonorId == donorId, cancellationToken);
        if (record?.CompletedAt is not null)
        {
            return new ErasureResult(ErasureOutcome.AlreadyErased, record);
        }

        var donor = await grains.GetGrain<IDonorGrain>(donorId).GetAsync();
        if (donor is null)
        {
            return new ErasureResult(ErasureOutcome.UnknownDonor, null);
        }

        if (record is null)
        {
            record = new DonorErasureRecord { DonorId = donorId, RequestedBy = requestedBy, RequestedAt = clock.GetUtcNow() };
            db.DonorErasures.Add(record);
            await db.SaveChangesAsync(cancellationToken);
        }

        var profile = donor.Profile;
        var erasure = new DonorErasure(donorId, profile.FirstName, profile.LastName, profile.Email, record.RequestedAt);
        var done = new List<string>();
        foreach (var step in steps.OrderBy(s => s.Order))
        {
            await step.EraseAsync(erasure, cancellationToken);
            done.Add(step.Name);
        }

        record.Steps = string.Join('\n', done);
        record.CompletedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return new ErasureResult(ErasureOutcome.Erased, record);
    }
}
