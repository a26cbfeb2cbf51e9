using GiveBack.Data.Postgres;
using GiveBack.Giving.Gifts;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.GivingDays.Ambassadors;

/// <summary>
/// A campaign's ambassadors, their links' clicks, and their figures. The figures are read, never kept: clicks are
/// counted from their rows, donors and amount from giving's <c>standing_gifts</c> view by the gifts' <c>ambassador_id</c>,
/// all of a campaign's ambassadors in one query (docs/architecture.md, "Giving days: ambassadors").
/// </summary>
public sealed class CampaignAmbassadors(IDbContextFactory<GivingDaysDbContext> contexts, TimeProvider clock) : IGiftAmbassadors
{
    /// <summary>Stores a new ambassador; a donor already the campaign's ambassador gets the stored one and <c>false</c>.</summary>
    public async Task<(AmbassadorRecord Ambassador, bool Created)> CreateAsync(AmbassadorRecord ambassador, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Ambassadors.Add(ambassador);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (ambassador, true);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation(AmbassadorConfiguration.DonorIndex))
        {
            return ((await OfDonorAsync(ambassador.CampaignId, ambassador.DonorId, cancellationToken))!, false);
        }
    }

    public async Task<AmbassadorRecord?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Ambassadors.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
    }

    public async Task<AmbassadorRecord?> OfDonorAsync(Guid campaignId, Guid donorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Ambassadors.AsNoTracking().SingleOrDefaultAsync(a => a.CampaignId == campaignId && a.DonorId == donorId, cancellationToken);
    }

    public async Task<AmbassadorRecord?> FindByTokenAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Ambassadors.AsNoTracking().SingleOrDefaultAsync(a => a.Token == token, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<bool> IsAmbassadorOfAsync(Guid ambassadorId, Guid campaignId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Ambassadors.AnyAsync(a => a.Id == ambassadorId && a.CampaignId == campaignId, cancellationToken);
    }

    /// <summary>Records one visit of the ambassador's link.</summary>
    public async Task CountClickAsync(Guid ambassadorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AmbassadorClicks.Add(new AmbassadorClickRecord { AmbassadorId = ambassadorId, ClickedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>One ambassador's figures (their page, a nudge).</summary>
    public async Task<AmbassadorFigures> FiguresOfAsync(Guid ambassadorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = (await db.Database.SqlQuery<FiguresRow>($"""
            SELECT (SELECT count(*) FROM ambassador_clicks k WHERE k.ambassador_id = {ambassadorId}) AS clicks,
                   count(DISTINCT g.donor_id) AS donors,
                   coalesce(sum(g.amount), 0)::bigint AS amount
            FROM standing_gifts g
            WHERE g.ambassador_id = {ambassadorId}
            """).ToListAsync(cancellationToken)).Single();
        return new AmbassadorFigures(row.Clicks, (int)row.Donors, row.Amount);
    }

    /// <summary>
    /// The campaign's ambassadors as their leaderboard: amount first, then donors (ties share a rank, listed oldest
    /// ambassador first), in one query whatever their number.
    /// </summary>
    public async Task<IReadOnlyList<AmbassadorStanding>> LeaderboardAsync(Guid campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Database.SqlQuery<StandingRow>($"""
            SELECT a.id, a.campaign_id, a.donor_id, a.token, a.goal_amount, a.currency, a.story, a.created_at,
                   (SELECT count(*) FROM ambassador_clicks k WHERE k.ambassador_id = a.id) AS clicks,
                   coalesce(g.donors, 0) AS donors,
                   coalesce(g.amount, 0) AS amount
            FROM campaign_ambassadors a
            LEFT JOIN (
                SELECT ambassador_id, count(DISTINCT donor_id) AS donors, sum(amount)::bigint AS amount
                FROM standing_gifts
                WHERE campaign_id = {campaignId} AND ambassador_id IS NOT NULL
                GROUP BY ambassador_id) g ON g.ambassador_id = a.id
            WHERE a.campaign_id = {campaignId}
            ORDER BY amount DESC, donors DESC, a.created_at, a.id
            """).ToListAsync(cancellationToken);

        var standings = new List<AmbassadorStanding>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var level = i > 0 && rows[i - 1].Amount == row.Amount && rows[i - 1].Donors == row.Donors;
            standings.Add(new AmbassadorStanding(
                new AmbassadorRecord
                {
                    Id = row.Id, CampaignId = row.CampaignId, DonorId = row.DonorId, Token = row.Token, GoalAmount = row.GoalAmount,
                    Currency = row.Currency, Story = row.Story, CreatedAt = row.CreatedAt,
                },
                new AmbassadorFigures(row.Clicks, (int)row.Donors, row.Amount),
                level ? standings[i - 1].Rank : i + 1));
        }

        return standings;
    }

    private sealed record FiguresRow(long Clicks, long Donors, long Amount);

    private sealed record StandingRow(
        Guid Id, Guid CampaignId, Guid DonorId, string Token, long? GoalAmount, string Currency, string? Story, DateTimeOffset CreatedAt,
        long Clicks, long Donors, long Amount);
}
