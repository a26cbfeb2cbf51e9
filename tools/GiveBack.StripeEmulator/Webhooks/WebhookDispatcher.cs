using GiveBack.Resilience;
using Microsoft.Extensions.Options;

namespace GiveBack.StripeEmulator.Webhooks;

/// <summary>
/// Delivers events from a queue, one at a time in queue order, signed like Stripe. A non-2xx answer or an
/// unreachable endpoint is retried with exponential backoff; a retry rejoins the back of the queue, so other
/// events keep flowing meanwhile. Tests can pause delivery, duplicate or reverse the next events, and read every attempt.
/// </summary>
internal sealed partial class WebhookDispatcher(
    WebhookSettings settings,
    IOptions<StripeEmulatorOptions> options,
    TimeProvider time,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    private readonly Lock _gate = new();
    private readonly List<WebhookDelivery> _queue = [];
    private readonly List<WebhookDelivery> _held = [];
    private readonly List<DeliveryAttempt> _attempts = [];
    private readonly SemaphoreSlim _signal = new(0);
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
    {
        Timeout = options.Value.WebhookTimeout,
    };

    private bool _paused;
    private int _duplicateEvents;
    private int _duplicateTimes = 1;
    private int _reverseEvents;
    private int _generation;
    private int _retriesScheduled;
    private int _inFlight;

    public void Enqueue(string eventId, string eventType, string payload)
    {
        var urls = settings.Urls;
        if (urls.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            var copies = 1;
            if (_duplicateEvents > 0)
            {
                _duplicateEvents--;
                copies = _duplicateTimes;
            }

            var batch = Enumerable.Range(1, copies)
                .SelectMany(copy => urls.Select(url => new WebhookDelivery(eventId, eventType, payload, url, copy, 1, _generation)))
                .ToList();
            if (_reverseEvents > 0)
            {
                _held.AddRange(batch);
                if (--_reverseEvents == 0)
                {
                    _held.Reverse();
                    _queue.AddRange(_held);
                    _held.Clear();
                }
            }
            else
            {
                _queue.AddRange(batch);
            }
        }

        _signal.Release();
    }

    /// <summary>Each of the next <paramref name="events"/> events is delivered <paramref name="times"/> times.</summary>
    public void DuplicateNext(int events, int times)
    {
        lock (_gate)
        {
            _duplicateEvents = Math.Max(0, events);
            _duplicateTimes = Math.Max(1, times);
        }
    }

    /// <summary>The next <paramref name="events"/> events are held back, then delivered newest first.</summary>
    public void ReverseNext(int events)
    {
        lock (_gate)
        {
            _reverseEvents = Math.Max(0, events);
        }
    }

    public void Pause()
    {
        lock (_gate)
        {
            _paused = true;
        }
    }

    /// <summary>Resumes delivery; with <paramref name="reverse"/> what queued up meanwhile goes out newest first.</summary>
    public void Resume(bool reverse)
    {
        lock (_gate)
        {
            _paused = false;
            if (reverse)
            {
                _queue.Reverse();
            }
        }

        _signal.Release();
    }

    public IReadOnlyList<DeliveryAttempt> Attempts(string? eventId)
    {
        lock (_gate)
        {
            return [.. _attempts.Where(a => eventId is null || a.EventId == eventId)];
        }
    }

    public DeliveryStatus Status()
    {
        lock (_gate)
        {
            return new DeliveryStatus(_paused, _queue.Count, _held.Count, _retriesScheduled, _inFlight);
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _queue.Clear();
            _held.Clear();
            _attempts.Clear();
            _paused = false;
            _duplicateEvents = 0;
            _duplicateTimes = 1;
            _reverseEvents = 0;
            _retriesScheduled = 0;
            _generation++;
        }
    }

    public override void Dispose()
    {
        _http.Dispose();
        _signal.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await _signal.WaitAsync(stoppingToken);
                while (TryTake(out var delivery))
                {
                    await DeliverAsync(delivery, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: undelivered events die with the emulator, as its state does.
        }
    }

    private bool TryTake(out WebhookDelivery delivery)
    {
        lock (_gate)
        {
            if (_paused || _queue.Count == 0)
            {
                delivery = null!;
                return false;
            }

            delivery = _queue[0];
            _queue.RemoveAt(0);
            _inFlight++;
            return true;
        }
    }

    private async Task DeliverAsync(WebhookDelivery delivery, CancellationToken stoppingToken)
    {
        var (status, error) = await SendAsync(delivery, stoppingToken);
        var succeeded = status is >= 200 and < 300;
        var retry = !succeeded && delivery.Attempt < options.Value.WebhookMaxAttempts;
        lock (_gate)
        {
            _inFlight--;
            if (delivery.Generation != _generation)
            {
                return;
            }

            _attempts.Add(new DeliveryAttempt(
                delivery.EventId, delivery.EventType, delivery.Url, delivery.Copy, delivery.Attempt, status, error, time.GetUtcNow()));
            if (retry)
            {
                _retriesScheduled++;
            }
        }

        if (!succeeded)
        {
            LogFailed(delivery.EventId, delivery.Url, delivery.Attempt, status, error);
        }

        if (retry)
        {
            var delay = Backoff.After(delivery.Attempt, options.Value.WebhookRetryBaseDelay, options.Value.WebhookRetryMaxDelay);
            _ = RetryAsync(delivery with { Attempt = delivery.Attempt + 1 }, delay, stoppingToken);
        }
    }

    private async Task<(int? Status, string? Error)> SendAsync(WebhookDelivery delivery, CancellationToken stoppingToken)
    {
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url)
        {
            Content = new StringContent(delivery.Payload, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", WebhookSigner.Header(delivery.Payload, settings.Secret, timestamp));
        request.Headers.TryAddWithoutValidation("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)");
        try
        {
            using var response = await _http.SendAsync(request, stoppingToken);
            return ((int)response.StatusCode, null);
        }
        catch (HttpRequestException ex)
        {
            return (null, ex.Message);
        }
        catch (TaskCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return (null, "timed out");
        }
    }

    private async Task RetryAsync(WebhookDelivery delivery, TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, time, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        lock (_gate)
        {
            if (delivery.Generation != _generation)
            {
                return;
            }

            _retriesScheduled--;
            _queue.Add(delivery);
        }

        _signal.Release();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook {EventId} to {Url} failed on attempt {Attempt}: status {Status} {Error}")]
    private partial void LogFailed(string eventId, string url, int attempt, int? status, string? error);
}
