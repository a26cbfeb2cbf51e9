using GiveBack.Domain.Erasure;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Constituents.Relationships;

/// <summary>
/// Relationships' part of an erasure. The donor's links (who their spouse and employer are) go; so does their household
/// membership, and a household's name and salutation when they hold the donor's name (the salutation "Alex and Sam
/// Smith" names the erased person): the name becomes a neutral one and the salutation is cleared, for the office to
/// address the remaining members again. Soft credits stay: like the ledger's rows they hold amounts under the donor's
/// id, the pseudonym, and the figures must not change.
/// </summary>
internal sealed class RelationshipsErasure(IDbContextFactory<ConstituentsDbContext> contexts) : IDonorErasureStep
{
    /// <summary>The name a household is given when its own named the erased donor.</summary>
    public const string NeutralHouseholdName = "Household";

    public int Order => 450;

    public string Name => "relationships: household membership, names in household salutations, spouse and employer links";

    public async Task EraseAsync(DonorErasure erasure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var households = await db.HouseholdMembers.Where(m => m.DonorId == erasure.DonorId)
            .Join(db.Households, m => m.HouseholdId, h => h.Id, (_, h) => h).ToListAsync(cancellationToken);
        var names = erasure.PersonalValues.Append(erasure.FirstName).Append(erasure.LastName).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        foreach (var household in households)
        {
            if (names.Any(n => household.Name.Contains(n, StringComparison.OrdinalIgnoreCase)))
            {
                household.Name = NeutralHouseholdName;
            }

            if (household.Salutation is { } salutation && names.Any(n => salutation.Contains(n, StringComparison.OrdinalIgnoreCase)))
            {
                household.Salutation = null;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.HouseholdMembers.Where(m => m.DonorId == erasure.DonorId).ExecuteDeleteAsync(cancellationToken);
        await db.DonorLinks.Where(l => l.DonorId == erasure.DonorId || l.RelatedDonorId == erasure.DonorId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
