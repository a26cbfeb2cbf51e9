using GiveBack.Constituents.Relationships.Store;
using GiveBack.Giving.Donors;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Constituents.Relationships;

/// <summary>
/// Spouse and employer links. A spouse link is one row read from both sides, so it is symmetric by construction, and
/// a donor has one spouse at a time; an employer is a donor on file (an organisation) or a name.
/// </summary>
public sealed class DonorLinks(IDbContextFactory<ConstituentsDbContext> contexts, KnownDonors donors, TimeProvider clock)
{
    public async Task<RelationshipOutcome<DonorLinkView>> AddAsync(
        Guid donorId, string kind, Guid? relatedDonorId, string? employerName, DateOnly? since, CancellationToken cancellationToken = default)
    {
        if (relatedDonorId is { } related)
        {
            if (related == donorId)
            {
                return RelationshipProblem.Invalid("relatedDonorId", "A donor cannot be linked to themselves.");
            }

            if (!await donors.ExistsAsync(related, cancellationToken))
            {
                return RelationshipProblem.Invalid("relatedDonorId", $"There is no donor with id '{related}'.");
            }
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (kind == LinkKinds.Spouse)
        {
            var taken = await db.DonorLinks.AsNoTracking().Where(l => l.Kind == LinkKinds.Spouse
                    && (l.DonorId == donorId || l.RelatedDonorId == donorId || l.DonorId == relatedDonorId || l.RelatedDonorId == relatedDonorId))
                .FirstOrDefaultAsync(cancellationToken);
            if (taken is not null)
            {
                return RelationshipProblem.Conflict(
                    "relatedDonorId", $"One of the two already has a spouse on file (link '{taken.Id}'); remove that link first.");
            }
        }

        var link = new DonorLinkRecord
        {
            Id = Guid.CreateVersion7(), Kind = kind, DonorId = donorId, RelatedDonorId = relatedDonorId, EmployerName = employerName, Since = since,
            CreatedAt = clock.GetUtcNow(),
        };
        db.DonorLinks.Add(link);
        await db.SaveChangesAsync(cancellationToken);
        return (await OfDonorAsync(donorId, cancellationToken)).Single(l => l.Id == link.Id);
    }

    /// <summary>Removes a link the donor is on either side of.</summary>
    public async Task<bool> RemoveAsync(Guid donorId, Guid linkId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DonorLinks.Where(l => l.Id == linkId && (l.DonorId == donorId || l.RelatedDonorId == donorId))
            .ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>
    /// The donor's links from the donor's side: their spouse whichever side stored the link, their employers, and the
    /// employees of an organisation (kind <c>employee</c>, the employer link read backwards).
    /// </summary>
    public async Task<IReadOnlyList<DonorLinkView>> OfDonorAsync(Guid donorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Database.SqlQuery<LinkRow>($"""
            SELECT l.id, l.kind, l.donor_id, l.related_donor_id, l.employer_name, l.since,
                   CASE WHEN l.donor_id = {donorId} THEN l.related_donor_id ELSE l.donor_id END AS other_donor_id,
                   d.first_name AS other_first_name, d.last_name AS other_last_name
            FROM donor_links l
            LEFT JOIN donor_directory d ON d.id = CASE WHEN l.donor_id = {donorId} THEN l.related_donor_id ELSE l.donor_id END
            WHERE l.donor_id = {donorId} OR l.related_donor_id = {donorId}
            ORDER BY l.kind, l.created_at, l.id
            """).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new DonorLinkView(
            r.Id,
            r.Kind == LinkKinds.Employer && r.DonorId != donorId ? EmployeeKind : r.Kind,
            r.OtherDonorId,
            r.OtherFirstName is null ? r.EmployerName : $"{r.OtherFirstName} {r.OtherLastName}".Trim(),
            r.Since))];
    }

    /// <summary>The employer link read from the employer's side.</summary>
    public const string EmployeeKind = "employee";

    private sealed record LinkRow(
        Guid Id, string Kind, Guid DonorId, Guid? RelatedDonorId, string? EmployerName, DateOnly? Since, Guid? OtherDonorId, string? OtherFirstName,
        string? OtherLastName);
}
