namespace GiveBack.Testing;

/// <summary>Polls for an effect with a deadline instead of sleeping, and says what was awaited when it fails.</summary>
public static class Eventually
{
    public static async Task<T> MatchesAsync<T>(
        Func<Task<T>> probe, Func<T, bool> condition, string awaited, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        var delay = TimeSpan.FromMilliseconds(20);
        T last;
        while (true)
        {
            last = await probe();
            if (condition(last))
            {
                return last;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {awaited}; last value: {last}");
            }

            await Task.Delay(delay);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 500));
        }
    }

    public static Task TrueAsync(Func<Task<bool>> probe, string awaited, TimeSpan? timeout = null) =>
        MatchesAsync(probe, ok => ok, awaited, timeout);
}
