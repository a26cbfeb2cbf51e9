using GiveBack.Engagement.Model;

namespace GiveBack.Engagement;

/// <summary>
/// The model an office starts with. Weights reflect effort and commitment: an opened newsletter is a glance, mentoring
/// a student is hours of one's expertise. Stages follow the usual unaware → aware → involved → engaged ladder.
/// </summary>
public static class EngagementDefaults
{
    public static Dictionary<string, ActivityTypeOptions> ActivityTypes() =>
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["event-attended"] = Type(Dimensions.Time, 3),
            ["volunteered"] = Type(Dimensions.Time, 5),
            ["mentored-student"] = Type(Dimensions.Talent, 8),
            ["career-talk"] = Type(Dimensions.Talent, 6),
            ["graduate-hired"] = Type(Dimensions.Talent, 10),
            ["newsletter-opened"] = Type(Dimensions.Attention, 0.5),
            ["newsletter-clicked"] = Type(Dimensions.Attention, 1),
            ["alumni-group-joined"] = Type(Dimensions.Attention, 2),
            ["alum-referred"] = Type(Dimensions.Attention, 4),
            ["gave"] = Type(Dimensions.Treasure, 10),
        };

    public static List<StageRuleOptions> Stages() =>
    [
        new() { Name = "unaware", MinScore = 0 },
        new() { Name = "aware", MinScore = 1, WithinDays = 730 },
        new() { Name = "involved", MinScore = 10, WithinDays = 365 },
        new() { Name = "engaged", MinScore = 25, WithinDays = 180 },
    ];

    private static ActivityTypeOptions Type(string dimension, double weight) => new() { Dimension = dimension, Weight = weight };
}
