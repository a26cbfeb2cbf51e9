using GiveBack.Constituents.Relationships.Store;
using GiveBack.Domain.Paging;
using GiveBack.Giving.Donors;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Constituents.Relationships;

/// <summary>
/// Households: a name, one salutation, and members (a donor belongs to at most one). The joint giving is derived from
/// the members' credit each time it is read (<see cref="CreditSummaries"/>), so it cannot drift from the ledger.
/// </summary>
public sealed class Households(IDbContextFactory<ConstituentsDbContext> contexts, KnownDonors donors, CreditSummaries credits, TimeProvider clock)
{
    public async Task<HouseholdView> CreateAsync(string name, string? salutation, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var household = new HouseholdRecord { Id = Guid.CreateVersion7(), Name = name, Salutation = salutation, CreatedAt = clock.GetUtcNow() };
        db.Households.Add(household);
        await db.SaveChangesAsync(cancellationToken);
        return new HouseholdView(household.Id, household.Name, household.Salutation, [], []);
    }

    public async Task<HouseholdView?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var household = await db.Households.AsNoTracking().SingleOrDefaultAsync(h => h.Id == id, cancellationToken);
        return household is null ? null : await ViewAsync(db, household, cancellationToken);
    }

    /// <summary>The household <paramref name="donorId"/> belongs to, if any.</summary>
    public async Task<HouseholdView?> OfDonorAsync(Guid donorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var household = await db.HouseholdMembers.AsNoTracking().Where(m => m.DonorId == donorId)
            .Join(db.Households.AsNoTracking(), m => m.HouseholdId, h => h.Id, (_, h) => h)
            .SingleOrDefaultAsync(cancellationToken);
        return household is null ? null : await ViewAsync(db, household, cancellationToken);
    }

    /// <summary>
    /// The donors of a household, for whatever is built per household from per-donor parts (a household statement
    /// gathers its members' statements): empty when the household does not exist or has no members.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> MemberIdsAsync(Guid householdId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.HouseholdMembers.AsNoTracking().Where(m => m.HouseholdId == householdId)
            .OrderBy(m => m.JoinedAt).ThenBy(m => m.DonorId).Select(m => m.DonorId).ToListAsync(cancellationToken);
    }

    /// <summary>Households by name, with their members (no giving: a list shows who, the household's page how much).</summary>
    public async Task<Page<HouseholdView>> ListAsync(string? search, int offset, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Households.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)}%";
            query = query.Where(h => EF.Functions.ILike(h.Name, pattern));
        }

        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderBy(h => h.Name).ThenBy(h => h.Id).Skip(offset).Take(limit).ToListAsync(cancellationToken);
        var ids = page.Select(h => h.Id).ToArray();
        var members = (await MembersAsync(db, ids, cancellationToken)).ToLookup(m => m.HouseholdId, m => m.Member);
        return new Page<HouseholdView>([.. page.Select(h => new HouseholdView(h.Id, h.Name, h.Salutation, [.. members[h.Id]], []))], total, offset, limit);
    }

    public async Task<HouseholdView?> UpdateAsync(Guid id, string name, string? salutation, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var household = await db.Households.SingleOrDefaultAsync(h => h.Id == id, cancellationToken);
        if (household is null)
        {
            return null;
        }

        (household.Name, household.Salutation) = (name, salutation);
        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(db, household, cancellationToken);
    }

    /// <summary>Removes the household and its memberships; the members' gifts and soft credits are theirs and stay.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Households.Where(h => h.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>Adds a donor; refused when the donor is unknown or already in another household (moving is explicit: remove, then add).</summary>
    public async Task<RelationshipOutcome<HouseholdView>> AddMemberAsync(Guid householdId, Guid donorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var household = await db.Households.AsNoTracking().SingleOrDefaultAsync(h => h.Id == householdId, cancellationToken);
        if (household is null)
        {
            return RelationshipProblem.NotFound("householdId", $"There is no household with id '{householdId}'.");
        }

        if (!await donors.ExistsAsync(donorId, cancellationToken))
        {
            return RelationshipProblem.Invalid("donorId", $"There is no donor with id '{donorId}'.");
        }

        var current = await db.HouseholdMembers.AsNoTracking().SingleOrDefaultAsync(m => m.DonorId == donorId, cancellationToken);
        if (current is not null && current.HouseholdId != householdId)
        {
            return RelationshipProblem.Conflict("donorId", $"Donor '{donorId}' belongs to household '{current.HouseholdId}': a donor is in one household at most.");
        }

        if (current is null)
        {
            // Two requests adding the same donor to two households race on the primary key: one wins, the other is refused.
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO household_members (donor_id, household_id, joined_at) VALUES ({donorId}, {householdId}, {clock.GetUtcNow()})
                ON CONFLICT (donor_id) DO NOTHING
                """, cancellationToken);
            var now = await db.HouseholdMembers.AsNoTracking().SingleAsync(m => m.DonorId == donorId, cancellationToken);
            if (now.HouseholdId != householdId)
            {
                return RelationshipProblem.Conflict("donorId", $"Donor '{donorId}' belongs to household '{now.HouseholdId}': a donor is in one household at most.");
            }
        }

        return await ViewAsync(db, household, cancellationToken);
    }

    public async Task<bool> RemoveMemberAsync(Guid householdId, Guid donorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.HouseholdMembers.Where(m => m.HouseholdId == householdId && m.DonorId == donorId).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    private async Task<HouseholdView> ViewAsync(ConstituentsDbContext db, HouseholdRecord household, CancellationToken cancellationToken)
    {
        var members = (await MembersAsync(db, [household.Id], cancellationToken)).Select(m => m.Member).ToList();
        var giving = await credits.OfAsync([.. members.Select(m => m.DonorId)], cancellationToken);
        return new HouseholdView(household.Id, household.Name, household.Salutation, members, giving);
    }

    private static async Task<IReadOnlyList<(Guid HouseholdId, HouseholdMember Member)>> MembersAsync(
        ConstituentsDbContext db, Guid[] householdIds, CancellationToken cancellationToken)
    {
        if (householdIds.Length == 0)
        {
            return [];
        }

        // Names from giving's published directory; a member whose donor row is gone (merged away) shows no name.
        var rows = await db.Database.SqlQuery<MemberRow>($"""
            SELECT m.household_id, m.donor_id, m.joined_at, d.first_name, d.last_name
            FROM household_members m
            LEFT JOIN donor_directory d ON d.id = m.donor_id
            WHERE m.household_id = ANY({householdIds})
            ORDER BY m.joined_at, m.donor_id
            """).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.HouseholdId, new HouseholdMember(r.DonorId, r.FirstName ?? string.Empty, r.LastName ?? string.Empty, r.JoinedAt)))];
    }

    private sealed record MemberRow(Guid HouseholdId, Guid DonorId, DateTimeOffset JoinedAt, string? FirstName, string? LastName);
}
