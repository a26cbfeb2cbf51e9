using GiveBack.Ledger.Gifts;
using GiveBack.Ledger.Outbox;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Ledger.Donors;

/// <summary>The donors table: written by <c>DonorGrain</c> (with a DonorChanged event), read by lists and search.</summary>
public sealed class DonorDirectory(IDbContextFactory<GiveBackDbContext> contexts, TimeProvider clock)
{
    public async Task SaveAsync(DonorRecord donor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var exists = await db.Donors.AnyAsync(d => d.Id == donor.Id, cancellationToken);
        db.Entry(donor).State = exists ? EntityState.Modified : EntityState.Added;
        db.Entry(donor).Property(d => d.CreatedAt).IsModified = false;
        db.OutboxMessages.Add(OutboxEvent.For(
            new DonorChanged(donor.Id, donor.FirstName, donor.LastName, donor.Email, donor.ClassYear, donor.EmailOptOut),
            donor.Id,
            clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<Page<DonorRecord>> SearchAsync(DonorSearch search, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Donors.AsNoTracking();
        if (search.ClassYear is { } classYear)
        {
            query = query.Where(d => d.ClassYear == classYear);
        }

        if (!string.IsNullOrWhiteSpace(search.Text))
        {
            var pattern = $"%{EscapeLike(search.Text.Trim())}%";
            query = query.Where(d =>
                EF.Functions.ILike(d.FirstName + " " + d.LastName, pattern, "\\")
                || EF.Functions.ILike(d.Email ?? string.Empty, pattern, "\\"));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderBy(d => d.LastName).ThenBy(d => d.FirstName).ThenBy(d => d.Id)
            .Skip(search.Offset).Take(search.Limit)
            .ToListAsync(cancellationToken);
        return new Page<DonorRecord>(items, total, search.Offset, search.Limit);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Donors.CountAsync(cancellationToken);
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
