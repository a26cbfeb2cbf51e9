namespace GiveBack.Plugins.Hosting.Dispatch;

/// <summary>
/// Exponential backoff: base, 2×base, 4×base… capped at the maximum. The one retry schedule of the product: plugin
/// delivery and the outreach dispatcher both use it.
/// </summary>
public static class Backoff
{
    public static TimeSpan After(int attempts, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var ticks = baseDelay.Ticks * Math.Pow(2, exponent);
        return ticks >= maxDelay.Ticks ? maxDelay : TimeSpan.FromTicks((long)ticks);
    }
}
