using System.Runtime.CompilerServices;
using GiveBack.Domain.Exports;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Constituents.Relationships;

/// <summary>
/// Every relationship in one table, a row per fact told apart by <c>record</c>: households, their members, spouse and
/// employer links, soft credits and matching-gift links. One file rather than five keeps "who is related to whom, and
/// who is credited with what" readable in one place; the columns a kind does not use are empty.
/// </summary>
internal sealed class RelationshipsExport(IDbContextFactory<ConstituentsDbContext> contexts) : IRecordExport
{
    public string Name => "relationships";

    public string Description =>
        "One row per household, household membership, spouse or employer link, soft credit and matching-gift link (see `record`).";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("record", "household, household_member, spouse, employer, soft_credit or matching_gift"),
        new("id", "the household's, link's or soft credit's id; for matching_gift the employer's (matching) gift id"),
        new("household_id", "household, household_member: the household"),
        new("donor_id", "household_member: the member; spouse: one spouse; employer: the employee; soft_credit: the donor credited"),
        new("related_donor_id", "spouse: the other spouse; employer: the employer when on file as a donor"),
        new("gift_id", "soft_credit: the gift credited (gifts.csv); matching_gift: the employee's (matched) gift"),
        new("name", "household: its name; employer: the employer's name when not on file as a donor"),
        new("salutation", "household: how the household is addressed"),
        new("amount", "soft_credit: minor units of the gift's currency, at most the gift's amount"),
        new("currency", "soft_credit: ISO 4217 code of the gift"),
        new("reason", "soft_credit: spouse, ambassador, employer-match or other"),
        new("since", "spouse, employer: since when (yyyy-MM-dd), when known"),
        new("created_at", "when the record was made"),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync(Guid? donorId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var memberships = db.HouseholdMembers.AsNoTracking().Where(m => donorId == null || m.DonorId == donorId);
        var households = db.Households.AsNoTracking()
            .Where(h => donorId == null || memberships.Any(m => m.HouseholdId == h.Id)).OrderBy(h => h.CreatedAt).ThenBy(h => h.Id);
        await foreach (var h in households.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return ["household", h.Id, h.Id, null, null, null, h.Name, h.Salutation, null, null, null, null, h.CreatedAt];
        }

        await foreach (var m in memberships.OrderBy(m => m.JoinedAt).ThenBy(m => m.DonorId).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return ["household_member", null, m.HouseholdId, m.DonorId, null, null, null, null, null, null, null, null, m.JoinedAt];
        }

        var links = db.DonorLinks.AsNoTracking().Where(l => donorId == null || l.DonorId == donorId || l.RelatedDonorId == donorId)
            .OrderBy(l => l.CreatedAt).ThenBy(l => l.Id);
        await foreach (var l in links.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return [l.Kind, l.Id, null, l.DonorId, l.RelatedDonorId, null, l.EmployerName, null, null, null, null, l.Since, l.CreatedAt];
        }

        var credits = db.SoftCredits.AsNoTracking().Where(c => donorId == null || c.DonorId == donorId).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id);
        await foreach (var c in credits.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return ["soft_credit", c.Id, null, c.DonorId, null, c.GiftId, null, null, c.Amount, c.Currency, c.Reason, null, c.CreatedAt];
        }

        // A matching link names gifts, not people: it is about a donor through the soft credit above, so one donor's
        // export lists the links whose matching gift credits them.
        var matches = db.MatchingGifts.AsNoTracking()
            .Where(m => donorId == null || db.SoftCredits.Any(c => c.GiftId == m.MatchingGiftId && c.DonorId == donorId))
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.MatchingGiftId);
        await foreach (var m in matches.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return ["matching_gift", m.MatchingGiftId, null, null, null, m.MatchedGiftId, null, null, null, null, null, null, m.CreatedAt];
        }
    }
}
