using GiveBack.Domain.Erasure;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Constituents.Audit;

/// <summary>
/// The audit's part of an erasure: the donor's details kept before and after each write (names, e-mail) are dropped;
/// who accessed the donor's data, when and through which route stays, naming the donor by id only. A household's entries
/// whose household either side names the donor lose it too.
/// </summary>
internal sealed class AuditTrailErasure(IDbContextFactory<ConstituentsDbContext> contexts) : IDonorErasureStep
{
    public int Order => 500;

    public string Name => "audit: the donor's details before and after each write";

    public async Task EraseAsync(DonorErasure erasure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.AuditEntries.Where(e => e.DonorId == erasure.DonorId && (e.Before != null || e.After != null))
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.Before, (string?)null).SetProperty(e => e.After, (string?)null), cancellationToken);

        // A household's entries keep the household either side (HouseholdAccessLog), whose name or salutation may name the
        // donor in an entry recorded against another member, or none (the household was created before anyone joined).
        var names = erasure.PersonalValues.Append(erasure.FirstName).Append(erasure.LastName)
            .Where(v => !string.IsNullOrWhiteSpace(v))
            .Select(v => "%" + v.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%")
            .ToArray();
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE audit_entries SET before = NULL, after = NULL
            WHERE what LIKE {"%" + PersonalDataRoutes.HouseholdsRoute + "%"}
              AND (before::text ILIKE ANY ({names}) OR after::text ILIKE ANY ({names}))
            """, cancellationToken);
    }
}
