namespace GiveBack.GivingDays.Live;

/// <summary>
/// A challenge as the public sees it. Challenges are another part of the giving days module: until it lands the live
/// view carries an empty list (docs/architecture.md, "Giving days: the live view").
/// </summary>
public sealed record LiveChallenge(string Kind, long Threshold, long UnlockAmount, DateTimeOffset? UnlockedAt);
