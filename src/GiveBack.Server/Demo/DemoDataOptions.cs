using System.ComponentModel.DataAnnotations;

namespace GiveBack.Server.Demo;

public sealed class DemoDataOptions
{
    public const string SectionName = "Demo";

    /// <summary>Seed demo donors, campaigns and three fiscal years of giving at start-up (./run.sh turns it on).</summary>
    public bool SeedData { get; set; }

    [Range(10, 1_000_000)]
    public int Alumni { get; set; } = 3000;

    [Range(0, 100_000)]
    public int Friends { get; set; } = 300;

    /// <summary>The same seed gives the same donors and gifts, so a re-run finds what it made before.</summary>
    public int RandomSeed { get; set; } = 2026;
}
