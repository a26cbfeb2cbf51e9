using System.ComponentModel.DataAnnotations;

namespace GiveBack.Payments.GivingPage;

/// <summary>The public giving page: suggested amounts, bounds, funds, the fee shown to donors who cover it, and its rate limit.</summary>
public sealed class GivingPageOptions
{
    public const string SectionName = "GivingPage";

    /// <summary>Suggested amounts in minor units of the campaign's currency.</summary>
    public IList<long> PresetAmounts { get; init; } = [2500, 5000, 10000, 25000];

    [Range(1, long.MaxValue)]
    public long MinAmount { get; set; } = 500;

    [Range(1, long.MaxValue)]
    public long MaxAmount { get; set; } = 2_500_000;

    /// <summary>Designations a donor can choose; none chosen means "where it is needed most".</summary>
    public IList<string> Funds { get; init; } = ["Annual Fund", "Scholarships", "Student life"];

    /// <summary>The card fee a donor covers, as a percentage; set it to the institution's Stripe pricing.</summary>
    [Range(0, 20)]
    public decimal FeePercent { get; set; } = 2.9m;

    /// <summary>The fixed part of the card fee, in minor units.</summary>
    [Range(0, 10_000)]
    public long FeeFixed { get; set; } = 30;

    /// <summary>Requests per minute from one address to the giving page (views and submissions).</summary>
    [Range(1, 100_000)]
    public int PermitsPerMinute { get; set; } = 60;

    /// <summary>
    /// The address donors reach GiveBack at, e.g. <c>https://give.example.edu</c>: every absolute URL GiveBack hands out
    /// starts with it. Required outside Development; there, when empty, the request's own scheme and host.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}
