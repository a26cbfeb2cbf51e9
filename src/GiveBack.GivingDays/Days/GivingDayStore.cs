using GiveBack.Data.Postgres;
using GiveBack.GivingDays.Calendar;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.GivingDays.Days;

/// <summary>The giving days: one per campaign, found by its campaign or by its public slug.</summary>
public sealed class GivingDayStore(IDbContextFactory<GivingDaysDbContext> contexts, CampaignTermsCache<GivingDayRecord> terms)
{
    public const string SlugIndex = "ix_giving_days_slug";

    public async Task<GivingDayRecord?> OfCampaignAsync(Guid campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.GivingDays.AsNoTracking().SingleOrDefaultAsync(d => d.CampaignId == campaignId, cancellationToken);
    }

    public async Task<GivingDayRecord?> BySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.GivingDays.AsNoTracking().SingleOrDefaultAsync(d => d.Slug == slug, cancellationToken);
    }

    /// <summary>
    /// Stores the campaign's giving day, created or changed (the screen token and creation instant stay); null when
    /// another campaign's day has the slug. The second value says whether it was created.
    /// </summary>
    public async Task<(GivingDayRecord Day, bool Created)?> SaveAsync(GivingDayRecord wanted, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.GivingDays.SingleOrDefaultAsync(d => d.CampaignId == wanted.CampaignId, cancellationToken);
        if (stored is null)
        {
            db.GivingDays.Add(wanted);
        }
        else
        {
            stored.StartsAt = wanted.StartsAt;
            stored.EndsAt = wanted.EndsAt;
            stored.TimeZone = wanted.TimeZone;
            stored.Slug = wanted.Slug;
            stored.Headline = wanted.Headline;
            stored.UpdatedAt = wanted.UpdatedAt;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            terms.Forget(wanted.CampaignId);
            return (stored ?? wanted, stored is null);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation(SlugIndex))
        {
            return null;
        }
        catch (DbUpdateException exception) when (stored is null && exception.IsUniqueViolation("pk_giving_days"))
        {
            // Two first PUTs at once: the other one created it; this one changes it.
            return await SaveAsync(wanted, cancellationToken);
        }
    }
}
