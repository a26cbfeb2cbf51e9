namespace GiveBack.GivingDays.Live;

/// <summary>A match as the public sees it: its terms, what remains of its cap, and whether its window is open now.</summary>
public sealed record LiveMatch(decimal Ratio, string Per, long CapAmount, long RemainingAmount, DateTimeOffset StartsAt, DateTimeOffset EndsAt, bool Open);
