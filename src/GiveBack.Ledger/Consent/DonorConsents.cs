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
        var rows = Rows(donorId, changes, source, recordedBy);
        if (rows.Count == 0)
        {
            return rows;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.DonorConsents.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        return rows;
    }

    /// <summary>
    /// Appends the answers <paramref name="decide"/> draws from the donor's history, reading and writing in one
    /// transaction that holds the donor's consent lock: two writers that each read before they write (the two events of
    /// one payment, on one host or two) take turns, so the second sees what the first wrote and appends nothing twice.
    /// A lock per donor, held for one read and one insert: nothing else waits on it.
    /// </summary>
    public async Task<IReadOnlyList<DonorConsentRecord>> RecordFromHistoryAsync(
        Guid donorId,
        Func<IReadOnlyList<DonorConsentRecord>, IReadOnlyCollection<ConsentChange>> decide,
        string source,
        string recordedBy,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decide);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockSpace}, hashtext({donorId.ToString()}))", cancellationToken);
        var history = await db.DonorConsents.AsNoTracking().Where(c => c.DonorId == donorId).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var rows = Rows(donorId, decide(history), source, recordedBy);
        db.DonorConsents.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
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

    // "GBcn" in ASCII: the donor-consent locks' space, distinct from any other advisory lock key GiveBack takes.
    private const int LockSpace = 0x4742_636E;

    private List<DonorConsentRecord> Rows(Guid donorId, IEnumerable<ConsentChange> changes, string source, string recordedBy)
    {
        var now = clock.GetUtcNow();
        return [.. changes.Select(c => new DonorConsentRecord
        {
            DonorId = donorId, Channel = c.Channel, Purpose = c.Purpose, Granted = c.Granted, Source = source, RecordedBy = recordedBy, RecordedAt = now,
        })];
    }

    /// <summary>The last row of each channel and purpose, from rows ordered oldest first.</summary>
    public static IReadOnlyList<DonorConsentRecord> Latest(IEnumerable<DonorConsentRecord> history) =>
        [.. history.GroupBy(c => (c.Channel, c.Purpose)).Select(g => g.Last())];
}
