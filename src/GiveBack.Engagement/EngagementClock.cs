namespace GiveBack.Engagement;

/// <summary>
/// Engagement reads time from a keyed <see cref="TimeProvider"/> (by default the host's). Tests swap in a fake clock
/// under this key to age activities by months, without moving the clock the Orleans runtime's own loops read.
/// </summary>
public static class EngagementClock
{
    public const string Key = "giveback.engagement";
}
