using System.Diagnostics;
using Npgsql;

namespace GiveBack.LoadHarness.Webhooks;

/// <summary>
/// Watches the ledger for the rows the posted events should bring (by external id, the PaymentIntent's), polling every
/// <see cref="Interval"/>, and notes when each was first seen (a Stopwatch timestamp): the ledger effect of an event
/// is that moment minus its POST's start, so it is overstated by at most one interval.
/// </summary>
internal sealed class LedgerWatch(string connectionString, IReadOnlyCollection<string> externalIds) : IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(25);

    private readonly HashSet<string> _pending = [.. externalIds];
    private readonly Dictionary<string, long> _seen = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private Task? _polling;

    public IReadOnlyDictionary<string, long> Seen => _seen;

    public void Start() => _polling = Task.Run(() => PollAsync(_stop.Token));

    /// <summary>Waits until every id is seen or <paramref name="patience"/> passes, then stops watching.</summary>
    public async Task<int> FinishAsync(TimeSpan patience)
    {
        var until = Stopwatch.GetTimestamp() + (long)(patience.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < until && _polling is { IsCompleted: false })
        {
            lock (_seen)
            {
                if (_seen.Count == externalIds.Count)
                {
                    break;
                }
            }

            await Task.Delay(Interval);
        }

        await _stop.CancelAsync();
        await (_polling ?? Task.CompletedTask).ContinueWith(_ => { }, TaskScheduler.Default);
        return _seen.Count;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _stop.Dispose();
    }

    private async Task PollAsync(CancellationToken stop)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(stop);
        await using var command = new NpgsqlCommand("SELECT external_id FROM ledger_entries WHERE external_id = ANY(@ids)", connection);
        var ids = new NpgsqlParameter<string[]>("ids", [.. _pending]);
        command.Parameters.Add(ids);
        while (!stop.IsCancellationRequested && _pending.Count > 0)
        {
            ids.TypedValue = [.. _pending];
            await using (var reader = await command.ExecuteReaderAsync(stop))
            {
                var now = Stopwatch.GetTimestamp();
                while (await reader.ReadAsync(stop))
                {
                    var id = reader.GetString(0);
                    _pending.Remove(id);
                    lock (_seen)
                    {
                        _seen[id] = now;
                    }
                }
            }

            await Task.Delay(Interval, stop);
        }
    }
}
