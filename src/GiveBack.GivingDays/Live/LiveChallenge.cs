namespace GiveBack.GivingDays.Live;

/// <summary>
/// A challenge as the public sees it: its kind and threshold, the sponsor's gift it unlocks, where it stands
/// (<see cref="Progress"/>: donors, minor units or percent, as its kind compares) and when it unlocked. No sponsor name:
/// the sponsor's consent to be named is not recorded.
/// </summary>
public sealed record LiveChallenge(string Kind, long Threshold, long UnlockAmount, decimal Progress, DateTimeOffset? UnlockedAt);
