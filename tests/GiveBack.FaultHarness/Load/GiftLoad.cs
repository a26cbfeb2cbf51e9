using GiveBack.FaultHarness.Cluster;
using GiveBack.LoadHarness.Phases;
using GiveBack.LoadHarness.Planning;
using GiveBack.Resilience;

namespace GiveBack.FaultHarness.Load;

/// <summary>
/// Gifts sent while a fault happens, as careful callers send them: each gift has its own Idempotency-Key and exact body,
/// goes to the hosts in turn (a load balancer's round robin) and, on a transport error or a 5xx, is sent again with the
/// same key and body to the next host after the product's backoff, until it is acknowledged (200 or 201) or the caller
/// gives up. A 4xx is a real refusal and counts as an error at once.
/// </summary>
internal sealed class GiftLoad : IDisposable
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(2);

    private readonly IReadOnlyList<ServerProcess> _hosts;
    private readonly PlannedGift[] _plan;
    private readonly Guid?[] _ids;
    private readonly bool[] _acknowledged;
    private readonly int[] _refusedWith;
    private readonly List<Task> _workers = [];
    private readonly CancellationTokenSource _stopIssuing = new();
    private readonly CancellationTokenSource _giveUp = new();
    private int _next = -1;
    private int _retries;

    public GiftLoad(IReadOnlyList<ServerProcess> hosts, PlannedGift[] plan)
    {
        _hosts = hosts;
        _plan = plan;
        _ids = new Guid?[plan.Length];
        _acknowledged = new bool[plan.Length];
        _refusedWith = new int[plan.Length];
    }

    /// <summary>Gifts sent so far (each at least once).</summary>
    public int Issued => Math.Min(Volatile.Read(ref _next) + 1, _plan.Length);

    /// <summary>Same-key resends after a failed attempt.</summary>
    public int Retries => Volatile.Read(ref _retries);

    /// <summary>Indexes of the gifts the API acknowledged.</summary>
    public int[] Acknowledged() => [.. Enumerable.Range(0, Issued).Where(i => _acknowledged[i])];

    /// <summary>Gifts refused (4xx) or never acknowledged before the callers gave up.</summary>
    public int Errors => Enumerable.Range(0, Issued).Count(i => !_acknowledged[i]);

    /// <summary>The 4xx statuses that refused gifts, if any, for the report.</summary>
    public IReadOnlyDictionary<int, int> Refusals() =>
        Enumerable.Range(0, Issued).Where(i => _refusedWith[i] != 0).GroupBy(i => _refusedWith[i]).ToDictionary(g => g.Key, g => g.Count());

    public Guid? IdOf(int index) => _ids[index];

    public PlannedGift[] Plan => _plan;

    /// <summary>Starts <paramref name="callers"/> concurrent callers, each sending its next gift when the last was settled.</summary>
    public void Start(int callers)
    {
        for (var i = 0; i < callers; i++)
        {
            _workers.Add(Task.Run(CallerAsync));
        }
    }

    /// <summary>Stops sending new gifts, lets the callers settle what they sent (retrying) for at most <paramref name="settle"/>.</summary>
    public async Task StopAsync(TimeSpan settle)
    {
        await _stopIssuing.CancelAsync();
        _giveUp.CancelAfter(settle);
        await Task.WhenAll(_workers);
    }

    public void Dispose()
    {
        _stopIssuing.Dispose();
        _giveUp.Dispose();
    }

    private async Task CallerAsync()
    {
        int index;
        while (!_stopIssuing.IsCancellationRequested && (index = Interlocked.Increment(ref _next)) < _plan.Length)
        {
            await SendAsync(index);
        }
    }

    private async Task SendAsync(int index)
    {
        var gift = _plan[index];
        for (var attempt = 0; !_giveUp.IsCancellationRequested; attempt++)
        {
            if (attempt > 0)
            {
                Interlocked.Increment(ref _retries);
                try
                {
                    await Task.Delay(Backoff.After(attempt, FirstRetryDelay, MaxRetryDelay), _giveUp.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            var host = _hosts[(index + attempt) % _hosts.Count];
            CallOutcome outcome;
            try
            {
                outcome = await host.Client.PostAsync("/api/v1/gifts", gift.IdempotencyKey, gift.Body, readId: true, _giveUp.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (outcome.Status is 200 or 201)
            {
                _ids[index] = outcome.Id;
                _acknowledged[index] = true;
                return;
            }

            if (outcome.Status is >= 400 and < 500 and not 408 and not 429)
            {
                _refusedWith[index] = outcome.Status;
                return;
            }
        }
    }
}
