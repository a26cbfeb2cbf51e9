namespace GiveBack.Reports.Retention;

/// <summary>
/// Year-over-year donor retention for one fiscal year. Donors are counted once however many gifts they made; amounts
/// are the standing gifts' totals in minor units of <see cref="Currency"/>.
/// </summary>
public sealed record RetentionFigures(
    int FiscalYear,
    DateOnly Start,
    DateOnly End,
    string Currency,
    long PriorYearDonors,
    long Donors,
    long Retained,
    decimal? RetentionRate,
    long Lapsed,
    long New,
    long Recaptured,
    long Upgraded,
    long Downgraded,
    long Same,
    long PriorYearAmount,
    long Amount);
