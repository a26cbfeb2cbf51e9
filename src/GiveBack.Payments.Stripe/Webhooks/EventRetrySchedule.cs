using GiveBack.Resilience;

namespace GiveBack.Payments.Stripe.Webhooks;

/// <summary>
/// When a stored event that failed is tried again, and when it is parked for an operator. The delays are the product's
/// one backoff (base, 2×base, … capped); an event is parked after the first attempt that came at least
/// <see cref="StripeOptions.RetryWindow"/> of scheduled delays after its first one. Counting scheduled delays rather
/// than the clock means a host that was down does not use up the window: the event is retried for at least that long.
/// </summary>
public sealed class EventRetrySchedule
{
    public EventRetrySchedule(TimeSpan baseDelay, TimeSpan maxDelay, TimeSpan window)
    {
        BaseDelay = baseDelay;
        MaxDelay = maxDelay;
        Window = window;
        AttemptsBeforeParking = CountAttempts(baseDelay, maxDelay, window);
    }

    public TimeSpan BaseDelay { get; }

    public TimeSpan MaxDelay { get; }

    public TimeSpan Window { get; }

    /// <summary>How many failed attempts park an event: the attempt made once the window of delays has passed.</summary>
    public int AttemptsBeforeParking { get; }

    public static EventRetrySchedule From(StripeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(options.RetryBaseDelay, options.RetryMaxDelay, options.RetryWindow);
    }

    /// <summary>The wait after failed attempt <paramref name="attempts"/> (1 for the first).</summary>
    public TimeSpan DelayAfter(int attempts) => Backoff.After(attempts, BaseDelay, MaxDelay);

    public bool Parks(int attempts) => attempts >= AttemptsBeforeParking;

    private static int CountAttempts(TimeSpan baseDelay, TimeSpan maxDelay, TimeSpan window)
    {
        // Walk the growing delays until the cap (at most ~30 steps), then divide: a 30-day window of 10 ms delays
        // would otherwise be a loop of millions.
        var attempts = 1;
        var elapsed = TimeSpan.Zero;
        while (elapsed < window)
        {
            var delay = Backoff.After(attempts, baseDelay, maxDelay);
            if (delay >= maxDelay)
            {
                var remaining = (window - elapsed).Ticks;
                return attempts + (int)Math.Min(int.MaxValue - attempts, (remaining + maxDelay.Ticks - 1) / Math.Max(1, maxDelay.Ticks));
            }

            elapsed += delay;
            attempts++;
        }

        return attempts;
    }
}
