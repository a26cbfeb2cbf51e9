using Microsoft.EntityFrameworkCore;

namespace GiveBack.Pledges.Store;

/// <summary>
/// Pledge aging: what open pledges still owe, by days past due — current (not yet due), 1–30, 31–60, 61–90, 90+.
/// One aggregate query over the installments of open pledges.
/// </summary>
public sealed class PledgeAging(IDbContextFactory<PledgesDbContext> contexts)
{
    private static readonly string[] BucketOrder = ["current", "1-30", "31-60", "61-90", "90+"];

    /// <summary>The buckets of one currency in their natural order, currencies alphabetically.</summary>
    public static IEnumerable<AgingBucket> Ordered(IEnumerable<AgingBucket> buckets) =>
        buckets.OrderBy(b => b.Currency, StringComparer.Ordinal).ThenBy(b => Array.IndexOf(BucketOrder, b.Bucket));

    public async Task<List<AgingBucket>> AsOfAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.SqlQuery<AgingBucket>(
            $"""
            SELECT p.currency AS currency,
                   CASE WHEN i.due_on >= {today} THEN 'current'
                        WHEN {today} - i.due_on <= 30 THEN '1-30'
                        WHEN {today} - i.due_on <= 60 THEN '31-60'
                        WHEN {today} - i.due_on <= 90 THEN '61-90'
                        ELSE '90+' END AS bucket,
                   SUM(i.amount - i.paid_amount)::bigint AS outstanding_amount,
                   COUNT(*)::int AS installment_count,
                   COUNT(DISTINCT i.pledge_id)::int AS pledge_count
            FROM pledge_installments i
            JOIN pledges p ON p.id = i.pledge_id
            WHERE p.status IN ('active', 'overdue') AND i.paid_amount < i.amount
            GROUP BY 1, 2
            """).ToListAsync(cancellationToken);
    }
}
