namespace GiveBack.Engagement.Model;

/// <summary>One configured activity type: which dimension it feeds and how much one occurrence weighs when fresh.</summary>
public sealed class ActivityTypeOptions
{
    public string Dimension { get; set; } = string.Empty;

    public double Weight { get; set; }
}
