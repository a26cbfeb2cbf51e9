using Microsoft.EntityFrameworkCore;

namespace GiveBack.GivingDays.Leaderboards;

/// <summary>
/// The leaderboards' SQL: one statement per board, never one per row. Money and donors come from giving's
/// <c>standing_gifts</c> (a reversed gift drops out, a merged donor counts once), names and class years of record from
/// <c>donor_directory</c>, and what the ledger's view does not carry (fund, sponsor, anonymous, the instant) from this
/// module's <c>giving_day_gifts</c>. A donor counts in the class year of record, the same one the alumni of record are
/// counted by, so no class passes 100%. Columns are named as the rows' properties in snake case (the context's naming).
/// </summary>
public sealed class LeaderboardQueries(IDbContextFactory<GivingDaysDbContext> contexts, TimeProvider clock)
{
    public const int WallLength = 12;

    public static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    public async Task<BoardFigures> ReadAsync(Guid campaignId, string currency, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var since = now - Hour;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);

        // A sponsor's gift (a match) is not a class's: the sponsor gives because the class gave.
        var classes = await db.Database.SqlQuery<ClassFigures>($"""
            WITH gave AS (
                SELECT d.class_year, g.donor_id, sum(g.amount) AS amount
                FROM standing_gifts g
                JOIN donor_directory d ON d.id = g.donor_id
                LEFT JOIN giving_day_gifts f ON f.gift_id = g.id
                WHERE g.campaign_id = {campaignId} AND g.currency = {currency} AND d.class_year IS NOT NULL AND f.sponsor IS NOT TRUE
                GROUP BY d.class_year, g.donor_id
            )
            SELECT gv.class_year, sum(gv.amount)::bigint AS amount, count(*)::int AS donors,
                   (SELECT count(*) FROM donor_directory r WHERE r.class_year = gv.class_year)::int AS of_record
            FROM gave gv
            GROUP BY gv.class_year
            """).ToListAsync(cancellationToken);

        var funds = await db.Database.SqlQuery<FundFigures>($"""
            SELECT f.fund AS fund, sum(g.amount)::bigint AS amount, count(DISTINCT g.donor_id)::int AS donors
            FROM standing_gifts g
            JOIN giving_day_gifts f ON f.gift_id = g.id
            WHERE g.campaign_id = {campaignId} AND g.currency = {currency} AND f.fund IS NOT NULL
            GROUP BY f.fund
            """).ToListAsync(cancellationToken);

        var hour = await db.Database.SqlQuery<ClassOfTheHour>($"""
            SELECT d.class_year AS class_year, count(DISTINCT g.donor_id)::int AS donors, sum(g.amount)::bigint AS amount
            FROM giving_day_gifts f
            JOIN standing_gifts g ON g.id = f.gift_id
            JOIN donor_directory d ON d.id = g.donor_id
            WHERE f.campaign_id = {campaignId} AND f.recorded_at >= {since} AND NOT f.sponsor
              AND g.currency = {currency} AND d.class_year IS NOT NULL
            GROUP BY d.class_year
            ORDER BY 2 DESC, 3 DESC, 1
            LIMIT 1
            """).ToListAsync(cancellationToken);

        var wall = await db.Database.SqlQuery<RecentDonor>($"""
            SELECT d.first_name AS first_name, d.class_year AS class_year, f.recorded_at AS at
            FROM giving_day_gifts f
            JOIN standing_gifts g ON g.id = f.gift_id
            JOIN donor_directory d ON d.id = g.donor_id
            WHERE f.campaign_id = {campaignId} AND NOT f.anonymous AND NOT f.sponsor AND d.first_name IS NOT NULL
            ORDER BY f.recorded_at DESC, f.gift_id DESC
            LIMIT {WallLength}
            """).ToListAsync(cancellationToken);

        return new BoardFigures(campaignId, currency, classes, funds, hour.FirstOrDefault(), wall, now);
    }
}
