namespace GiveBack.Engagement.Model;

/// <summary>
/// One rung of the stage ladder: a donor stands on the highest rung whose rule holds — a decayed score of at least
/// <see cref="MinScore"/> and, when <see cref="WithinDays"/> is set, an activity within that many days.
/// </summary>
public sealed class StageRuleOptions
{
    public string Name { get; set; } = string.Empty;

    public double MinScore { get; set; }

    public int? WithinDays { get; set; }
}
