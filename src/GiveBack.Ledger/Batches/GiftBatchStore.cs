using GiveBack.Domain.Paging;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Ledger.Batches;

/// <summary>
/// The <c>gift_batches</c> and <c>gift_batch_lines</c> tables. Every change names the status it expects in its own
/// statement, so two tabs of the same batch cannot edit lines of a batch another has started to post; the tables'
/// triggers refuse any change to a posted batch or a booked line whatever the caller.
/// </summary>
public sealed class GiftBatchStore(IDbContextFactory<GiveBackDbContext> contexts)
{
    public async Task CreateAsync(GiftBatchRecord batch, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.GiftBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<GiftBatchRecord?> FindAsync(Guid batchId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.GiftBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);
    }

    public async Task<IReadOnlyList<GiftBatchLineRecord>> LinesAsync(Guid batchId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.GiftBatchLines.AsNoTracking()
            .Where(l => l.BatchId == batchId)
            .OrderBy(l => l.LineNo)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The newest deposits first, each with its lines' count and total from one grouped query.</summary>
    public async Task<Page<GiftBatchSummary>> ListAsync(int offset, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var total = await db.GiftBatches.CountAsync(cancellationToken);
        var items = await db.GiftBatches.AsNoTracking()
            .OrderByDescending(b => b.DepositOn).ThenByDescending(b => b.CreatedAt)
            .Skip(offset).Take(limit)
            .Select(b => new GiftBatchSummary(
                b,
                db.GiftBatchLines.Count(l => l.BatchId == b.Id),
                db.GiftBatchLines.Where(l => l.BatchId == b.Id).Sum(l => (long?)l.Amount) ?? 0))
            .ToListAsync(cancellationToken);
        return new Page<GiftBatchSummary>(items, total, offset, limit);
    }

    /// <summary>Adds a line at the end of an open batch; null when the batch is not open (posting or posted).</summary>
    public async Task<int?> AddLineAsync(Guid batchId, Guid donorId, long amount, string? reference, string? fund, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var added = await db.Database.SqlQuery<int>(
            $"""
            INSERT INTO gift_batch_lines (batch_id, line_no, donor_id, amount, reference, fund)
            SELECT b.id, COALESCE((SELECT max(l.line_no) FROM gift_batch_lines l WHERE l.batch_id = b.id), 0) + 1,
                   {donorId}, {amount}, {reference}, {fund}
            FROM gift_batches b
            WHERE b.id = {batchId} AND b.status = {GiftBatchStatuses.Open}
            RETURNING line_no AS "Value"
            """).ToListAsync(cancellationToken);
        return added.Count == 0 ? null : added[0];
    }

    /// <summary>Takes a line out of an open batch; false when the batch is not open or the line was booked.</summary>
    public async Task<bool> RemoveLineAsync(Guid batchId, int lineNo, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.GiftBatchLines
            .Where(l => l.BatchId == batchId && l.LineNo == lineNo && l.GiftId == null)
            .Where(l => db.GiftBatches.Any(b => b.Id == batchId && b.Status == GiftBatchStatuses.Open))
            .ExecuteDeleteAsync(cancellationToken) == 1;
    }

    /// <summary>Corrects the control figures of an open batch; false when it is not open.</summary>
    public async Task<bool> SetControlAsync(Guid batchId, int count, long total, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.GiftBatches
            .Where(b => b.Id == batchId && b.Status == GiftBatchStatuses.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.ControlCount, count).SetProperty(b => b.ControlTotal, total), cancellationToken) == 1;
    }

    /// <summary>
    /// Locks an open batch for posting in one statement, only if its lines add up to its control figures; a batch
    /// already posting (an earlier post stopped part way) is resumed as it is.
    /// </summary>
    public async Task<PostingStart> BeginPostingAsync(Guid batchId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var started = await db.GiftBatches
            .Where(b => b.Id == batchId && b.Status == GiftBatchStatuses.Open)
            .Where(b => db.GiftBatchLines.Any(l => l.BatchId == b.Id))
            .Where(b => b.ControlCount == db.GiftBatchLines.Count(l => l.BatchId == b.Id))
            .Where(b => b.ControlTotal == db.GiftBatchLines.Where(l => l.BatchId == b.Id).Sum(l => l.Amount))
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, GiftBatchStatuses.Posting), cancellationToken);
        if (started == 1)
        {
            return PostingStart.Started;
        }

        var status = await db.GiftBatches.Where(b => b.Id == batchId).Select(b => b.Status).SingleOrDefaultAsync(cancellationToken);
        return status switch
        {
            null => PostingStart.NotFound,
            GiftBatchStatuses.Posting => PostingStart.Resumed,
            GiftBatchStatuses.Posted => PostingStart.AlreadyPosted,
            _ => await db.GiftBatchLines.AnyAsync(l => l.BatchId == batchId, cancellationToken) ? PostingStart.ControlMismatch : PostingStart.Empty,
        };
    }

    /// <summary>
    /// Records the ledger rows the lines became, then, if every line is booked, marks the batch posted; otherwise the
    /// batch goes back to open so the refused lines can be corrected (the booked ones stay locked). One transaction.
    /// </summary>
    public async Task<bool> FinishPostingAsync(
        Guid batchId, IReadOnlyDictionary<int, Guid> booked, Guid postedBy, DateTimeOffset postedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(booked);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        int[] lineNumbers = [.. booked.Keys];
        Guid[] giftIds = [.. booked.Values];
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE gift_batch_lines l SET gift_id = b.gift_id
            FROM unnest({lineNumbers}, {giftIds}) AS b(line_no, gift_id)
            WHERE l.batch_id = {batchId} AND l.line_no = b.line_no AND l.gift_id IS NULL
            """,
            cancellationToken);
        var complete = !await db.GiftBatchLines.AnyAsync(l => l.BatchId == batchId && l.GiftId == null, cancellationToken);
        await db.GiftBatches
            .Where(b => b.Id == batchId && b.Status == GiftBatchStatuses.Posting)
            .ExecuteUpdateAsync(
                s =>
                {
                    if (complete)
                    {
                        s.SetProperty(b => b.Status, GiftBatchStatuses.Posted).SetProperty(b => b.PostedBy, postedBy).SetProperty(b => b.PostedAt, postedAt);
                    }
                    else
                    {
                        s.SetProperty(b => b.Status, GiftBatchStatuses.Open);
                    }
                },
                cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return complete;
    }

    /// <summary>The donor's lines in batches not yet posted (a cheque keyed twice before either is booked).</summary>
    public async Task<IReadOnlyList<GiftBatchLineRecord>> UnpostedLinesOfDonorAsync(Guid donorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.GiftBatchLines.AsNoTracking()
            .Where(l => l.DonorId == donorId && l.GiftId == null)
            .ToListAsync(cancellationToken);
    }
}
