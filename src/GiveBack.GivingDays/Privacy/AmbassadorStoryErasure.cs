using GiveBack.Domain.Erasure;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.GivingDays.Privacy;

/// <summary>
/// A giving day's part of an erasure: an ambassador's story is free text about a person, so it goes. The rest of the
/// giving-day tables name donors by id only (challenges' counts, matches, clicks hold nothing about the visitor), and
/// the ambassador row stays so the gifts brought through the link keep their figures.
/// </summary>
public sealed class AmbassadorStoryErasure(IDbContextFactory<GivingDaysDbContext> contexts) : IDonorErasureStep
{
    public int Order => 110;

    public string Name => "giving days: ambassadors' stories";

    public async Task EraseAsync(DonorErasure erasure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        var donorId = erasure.DonorId;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Ambassadors.Where(a => a.DonorId == donorId && a.Story != null)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Story, (string?)null), cancellationToken);
    }
}
