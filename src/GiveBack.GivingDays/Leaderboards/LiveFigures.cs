namespace GiveBack.GivingDays.Leaderboards;

/// <summary>
/// The leaderboards of each campaign, read at most once per <see cref="Period"/> whoever asks: the API, every viewer's
/// page and the ticker share one reading, so thousands of gifts a second and many viewers cost one set of queries a
/// second per campaign, and the figures are never more than that period old (the staleness bound).
/// </summary>
public sealed class LiveFigures(LeaderboardQueries queries, TimeProvider clock)
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, (DateTimeOffset At, Task<BoardFigures> Reading)> _readings = [];

    public Task<BoardFigures> BoardsAsync(Guid campaignId, string currency)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (_readings.TryGetValue(campaignId, out var last) && now - last.At < Period && !last.Reading.IsFaulted && !last.Reading.IsCanceled)
            {
                return last.Reading;
            }

            // Not tied to one caller's cancellation: the reading is everyone's.
            var reading = queries.ReadAsync(campaignId, currency, CancellationToken.None);
            _readings[campaignId] = (now, reading);
            return reading;
        }
    }
}
