using Microsoft.EntityFrameworkCore;

namespace GiveBack.Constituents.Relationships;

/// <summary>
/// Hard and soft credit of a donor or of a household's members, from the ledger's <c>standing_gifts</c> view (giving's
/// published rule "stands unless reversed", with merged donors' gifts under their survivor) and the soft credits.
/// A soft credit counts only while its gift stands, and never for a gift hard-credited to one of the donors asked
/// about; among several of them soft-credited on one gift, the gift counts once, at the largest soft credit.
/// </summary>
public sealed class CreditSummaries(IDbContextFactory<ConstituentsDbContext> contexts)
{
    /// <summary>The credit of <paramref name="donorIds"/> taken together (one donor, or a household's members), per currency.</summary>
    public async Task<IReadOnlyList<CreditTotals>> OfAsync(IReadOnlyCollection<Guid> donorIds, CancellationToken cancellationToken = default)
    {
        if (donorIds.Count == 0)
        {
            return [];
        }

        var ids = donorIds.Distinct().ToArray();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var hard = await db.Database.SqlQuery<AmountRow>($"""
            SELECT g.currency AS currency, SUM(g.amount)::bigint AS amount, COUNT(*)::int AS gifts
            FROM standing_gifts g
            WHERE g.donor_id = ANY({ids})
            GROUP BY g.currency
            """).ToListAsync(cancellationToken);
        var soft = await db.Database.SqlQuery<AmountRow>($"""
            SELECT per_gift.currency AS currency, SUM(per_gift.amount)::bigint AS amount, COUNT(*)::int AS gifts
            FROM (
                SELECT g.currency, MAX(sc.amount) AS amount
                FROM soft_credits sc
                JOIN standing_gifts g ON g.id = sc.gift_id
                WHERE sc.donor_id = ANY({ids}) AND NOT (g.donor_id = ANY({ids}))
                GROUP BY g.id, g.currency
            ) per_gift
            GROUP BY per_gift.currency
            """).ToListAsync(cancellationToken);
        return [.. hard.Select(h => h.Currency).Union(soft.Select(s => s.Currency)).Order(StringComparer.Ordinal).Select(currency =>
        {
            var h = hard.Find(r => r.Currency == currency);
            var s = soft.Find(r => r.Currency == currency);
            return new CreditTotals(currency, h?.Amount ?? 0, h?.Gifts ?? 0, s?.Amount ?? 0, s?.Gifts ?? 0);
        })];
    }

    /// <summary>The soft credits <paramref name="donorId"/> received, newest first, with whether each gift still stands.</summary>
    public async Task<IReadOnlyList<SoftCreditView>> ReceivedByAsync(Guid donorId, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Database.SqlQuery<SoftCreditRow>($"""
            SELECT sc.id, sc.gift_id, sc.donor_id, sc.amount, sc.currency, sc.reason, sc.created_at,
                   g.id IS NULL AS reversed, g.donor_id AS gift_donor_id, g.received_on
            FROM soft_credits sc
            LEFT JOIN standing_gifts g ON g.id = sc.gift_id
            WHERE sc.donor_id = {donorId}
            ORDER BY sc.created_at DESC, sc.id
            LIMIT {limit}
            """).ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToView())];
    }

    /// <summary>The soft credits of one gift.</summary>
    public async Task<IReadOnlyList<SoftCreditView>> OfGiftAsync(Guid giftId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Database.SqlQuery<SoftCreditRow>($"""
            SELECT sc.id, sc.gift_id, sc.donor_id, sc.amount, sc.currency, sc.reason, sc.created_at,
                   g.id IS NULL AS reversed, g.donor_id AS gift_donor_id, g.received_on
            FROM soft_credits sc
            LEFT JOIN standing_gifts g ON g.id = sc.gift_id
            WHERE sc.gift_id = {giftId}
            ORDER BY sc.created_at, sc.id
            """).ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToView())];
    }

    private sealed record AmountRow(string Currency, long Amount, int Gifts);

    private sealed record SoftCreditRow(
        Guid Id, Guid GiftId, Guid DonorId, long Amount, string Currency, string Reason, DateTimeOffset CreatedAt, bool Reversed, Guid? GiftDonorId,
        DateOnly? ReceivedOn)
    {
        public SoftCreditView ToView() => new(Id, GiftId, DonorId, Amount, Currency, Reason, Reversed, GiftDonorId, ReceivedOn, CreatedAt);
    }
}
