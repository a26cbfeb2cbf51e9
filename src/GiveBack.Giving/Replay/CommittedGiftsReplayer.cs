using System.Diagnostics;
using GiveBack.Giving.Gifts;
using GiveBack.Ledger.Gifts;
using Microsoft.Extensions.Logging;

namespace GiveBack.Giving.Replay;

/// <summary>
/// Hands the ledger rows recorded since an instant to their grains and hooks again (<see cref="GiftRecorder.ReapplyAsync"/>),
/// a page at a time in sequence order. Every apply is idempotent, so a row the grains already counted costs a lookup.
/// </summary>
public sealed partial class CommittedGiftsReplayer(LedgerReader ledger, GiftRecorder recorder, ILogger<CommittedGiftsReplayer> logger)
{
    private const int PageSize = 500;

    // Enough concurrent applies to keep the grains busy without flooding one silo's queue: a replay runs beside live traffic.
    private const int Parallelism = 16;

    /// <returns>How many rows were handed over again.</returns>
    public async Task<long> ReplaySinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        long replayed = 0;
        var after = 0L;
        while (true)
        {
            var page = await ledger.EntriesRecordedSinceAsync(since, after, PageSize, cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            await Parallel.ForEachAsync(
                page,
                new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
                async (entry, _) => await recorder.ReapplyAsync(entry));
            replayed += page.Count;
            after = page[^1].Sequence;
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        LogReplayed(replayed, since, elapsed);
        return replayed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-applied {Count} gifts and reversals recorded since {Since:O} to their grains in {Elapsed}.")]
    private partial void LogReplayed(long count, DateTimeOffset since, TimeSpan elapsed);
}
