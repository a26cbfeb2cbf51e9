namespace GiveBack.Reports.Rfm;

/// <summary>
/// The 20th, 40th, 60th and 80th percentiles (PostgreSQL's percentile_disc) of each measure over all scored donors.
/// A donor's score is 1 plus the number of cut points their value is strictly above.
/// </summary>
public sealed record RfmCutPoints(IReadOnlyList<DateOnly> Recency, IReadOnlyList<long> Frequency, IReadOnlyList<long> Monetary)
{
    public static RfmCutPoints None { get; } = new([], [], []);
}
