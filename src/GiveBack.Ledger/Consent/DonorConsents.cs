using GiveBack.Domain.Consent;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Ledger.Consent;

/// <summary>
/// The <c>donor_consents</c> table: answers are appended with their source, who recorded them and when (the
/// <see cref="TimeProvider"/>'s now); the latest per donor, channel and purpose is the answer that counts.
/// </summary>
public sealed class DonorConsents(IDbContextFactory<GiveBackDbContext> contexts, TimeProvider clock)
{
    /// <summary>Appends the answers, in one transaction; returns the rows written.</summary>
    public async Task<IReadOnlyList<DonorConsentRecord>> RecordAsync(
        Guid donorId, IReadOnlyCollection<ConsentChange> changes, string source, string recordedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var now = clock.GetUtcNow();
        var rows = changes.Select(c => new DonorConsentRecord
        {
            DonorId = donorId, Channel = c.Channel, Purpose = c.Purpose, Granted = c.Granted, Source = source, RecordedBy = recordedBy, RecordedAt = now,
        }).ToList();
        if (rows.Count == 0)
        {
            return rows;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.DonorConsents.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        return rows;
    }

    /// <summary>Every answer the donor gave, oldest first.</summary>
    public async Task<IReadOnlyList<DonorConsentRecord>> HistoryAsync(Guid donorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DonorConsents.AsNoTracking().Where(c => c.DonorId == donorId).OrderBy(c => c.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The latest answer per channel and purpose.</summary>
    public async Task<IReadOnlyList<DonorConsentRecord>> LatestAsync(Guid donorId, CancellationToken cancellationToken = default) =>
        Latest(await HistoryAsync(donorId, cancellationToken));

    /// <summary>The latest answers as the consent rule reads them.</summary>
    public async Task<IReadOnlyList<ConsentAnswer>> AnswersAsync(Guid donorId, CancellationToken cancellationToken = default) =>
        [.. (await LatestAsync(donorId, cancellationToken)).Select(c => new ConsentAnswer(c.Channel, c.Purpose, c.Granted))];

    /// <summary>Moves a merged donor's answers to the survivor; the rows keep their order, so the survivor's latest answers stand.</summary>
    public async Task<int> MoveAsync(Guid mergedDonorId, Guid survivorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DonorConsents.Where(c => c.DonorId == mergedDonorId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.DonorId, survivorId), cancellationToken);
    }

    public async Task<int> CountAsync(Guid donorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DonorConsents.CountAsync(c => c.DonorId == donorId, cancellationToken);
    }

    /// <summary>The last row of each channel and purpose, from rows ordered oldest first.</summary>
    public static IReadOnlyList<DonorConsentRecord> Latest(IEnumerable<DonorConsentRecord> history) =>
        [.. history.GroupBy(c => (c.Channel, c.Purpose)).Select(g => g.Last())];
}
