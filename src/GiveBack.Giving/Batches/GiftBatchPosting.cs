using GiveBack.Domain.Giving;
using GiveBack.Domain.Idempotency;
using GiveBack.Giving.Gifts;
using GiveBack.Ledger.Batches;

namespace GiveBack.Giving.Batches;

/// <summary>
/// Books a batch whose lines add up to its control figures. Each line goes through <see cref="GiftRecorder"/>, the
/// API's own gift path, under a key named after the batch and the line: a second post, a refresh, or two tabs posting
/// at once replay the same ledger rows rather than book them again. A line the ledger refuses sends the batch back to
/// open for correction; the lines already booked stay booked and locked.
/// </summary>
public sealed class GiftBatchPosting(GiftBatchStore store, GiftRecorder recorder, TimeProvider clock)
{
    public async Task<PostedBatch> PostAsync(Guid batchId, Guid postedBy, CancellationToken cancellationToken = default)
    {
        var start = await store.BeginPostingAsync(batchId, cancellationToken);
        if (start is not (PostingStart.Started or PostingStart.Resumed)
            || await store.FindAsync(batchId, cancellationToken) is not { } batch)
        {
            return new PostedBatch(start, 0, 0, []);
        }

        var method = Enum.Parse<GiftMethod>(batch.Method, ignoreCase: true);
        var booked = new Dictionary<int, Guid>();
        var refused = new List<RefusedLine>();
        var replayed = 0;
        // One line at a time, in the order keyed: a deposit is tens of cheques, and the batch report lists them so.
        foreach (var line in await store.LinesAsync(batchId, cancellationToken))
        {
            var gift = new GiftCommand(line.DonorId, batch.CampaignId, line.Amount, batch.Currency, batch.DepositOn, method, line.Fund, null, null, false);
            var result = await recorder.RecordAsync(gift, KeyOf(batchId, line.LineNo), cancellationToken);
            if (result is { Succeeded: true, Entry: { } entry })
            {
                booked[line.LineNo] = entry.Id;
                replayed += result.Status == GiftStatus.Replayed ? 1 : 0;
            }
            else
            {
                refused.Add(new RefusedLine(line.LineNo, result.Status));
            }
        }

        await store.FinishPostingAsync(batchId, booked, postedBy, clock.GetUtcNow(), cancellationToken);
        return new PostedBatch(start, booked.Count - replayed, replayed, refused);
    }

    /// <summary>A line's idempotency key: scoped to its batch, so it is the same whoever posts and however often.</summary>
    public static ScopedKey KeyOf(Guid batchId, int lineNo) => new(batchId, $"batch-line:{lineNo}");
}
