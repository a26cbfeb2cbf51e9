using Microsoft.EntityFrameworkCore;

namespace GiveBack.Ledger.Campaigns;

/// <summary>The campaigns table: written by <c>CampaignGrain</c>, read by lists and by slug look-ups.</summary>
public sealed class CampaignDirectory(IDbContextFactory<GiveBackDbContext> contexts)
{
    /// <summary>Saves the row; false when another campaign already uses the slug.</summary>
    public async Task<bool> SaveAsync(CampaignRecord campaign, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Campaigns.AnyAsync(c => c.Slug == campaign.Slug && c.Id != campaign.Id, cancellationToken))
        {
            return false;
        }

        var exists = await db.Campaigns.AnyAsync(c => c.Id == campaign.Id, cancellationToken);
        db.Entry(campaign).State = exists ? EntityState.Modified : EntityState.Added;
        db.Entry(campaign).Property(c => c.CreatedAt).IsModified = false;
        db.Entry(campaign).Property(c => c.OpenedAt).IsModified = false;
        db.Entry(campaign).Property(c => c.ClosedAt).IsModified = false;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (exception.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<CampaignRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Campaigns.AsNoTracking().OrderByDescending(c => c.StartsOn).ThenBy(c => c.Name).ToListAsync(cancellationToken);
    }

    public async Task<CampaignRecord?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == slug, cancellationToken);
    }
}
