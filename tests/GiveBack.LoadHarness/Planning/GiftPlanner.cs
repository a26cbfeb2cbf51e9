

namespace GiveBack.LoadHarness.Planning;

/// <summary>
/// Builds a fixed number of gifts before the clock starts (keys, amounts, dates and the JSON bytes), so the measured
/// loop does no serialisation and a retry re-sends exactly the bytes of the first attempt. The gifts are those of a
/// <see cref="GiftSource"/>, which the phased run draws from directly.
/// </summary>
internal static class GiftPlanner
{
    public static PlannedGift[] Plan(HarnessOptions options, Guid[] campaigns, Guid[] donors, DateOnly startsOn, DateOnly today)
    {
        var source = new GiftSource(options, campaigns, donors, startsOn, today);
        return [.. Enumerable.Range(0, options.Warmup + options.Gifts).Select(i => source[i])];
    }
}
