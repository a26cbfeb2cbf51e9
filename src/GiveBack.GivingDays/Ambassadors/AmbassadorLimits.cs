namespace GiveBack.GivingDays.Ambassadors;

/// <summary>The bounds of what an ambassador may set on their page.</summary>
public static class AmbassadorLimits
{
    /// <summary>A short story: a few sentences, not an essay (the page is a giving form first).</summary>
    public const int MaxStoryLength = 500;
}
