namespace GiveBack.Resilience;

/// <summary>
/// Exponential backoff: base, 2×base, 4×base… capped at the maximum. The one retry schedule of the product (plugin
/// delivery, the plugin outbox loop, outreach, Stripe event processing) and of the Stripe emulator's webhook retries.
/// It lives in its own dependency-free project because <c>GiveBack.Domain</c> carries the Orleans SDK, which neither
/// the plugin host nor the emulator should reference.
/// </summary>
public static class Backoff
{
    /// <summary>The wait after <paramref name="attempts"/> failed attempts (1 = the first failure waits the base).</summary>
    public static TimeSpan After(int attempts, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var ticks = baseDelay.Ticks * Math.Pow(2, exponent);
        return ticks >= maxDelay.Ticks ? maxDelay : TimeSpan.FromTicks((long)ticks);
    }
}
