namespace GiveBack.Reports.Tests.Support;

/// <summary>
/// The reports' definitions written again as plain LINQ over the gifts the test inserted: the independent side of every
/// comparison. Nothing here calls the code under test.
/// </summary>
public sealed class Expected(GivingData data, int firstMonth = 7, string currency = "USD")
{
    public IEnumerable<TestGift> Standing => data.Gifts.Where(g => !g.Reversed && g.Currency == currency);

    public int FiscalYear(DateOnly d) => firstMonth == 1 ? d.Year : d.Month >= firstMonth ? d.Year + 1 : d.Year;

    public DateOnly EndOf(int fiscalYear) =>
        (firstMonth == 1 ? new DateOnly(fiscalYear + 1, 1, 1) : new DateOnly(fiscalYear, firstMonth, 1)).AddDays(-1);

    public HashSet<Guid> DonorsIn(int fiscalYear) =>
        [.. Standing.Where(g => FiscalYear(g.ReceivedOn) == fiscalYear).Select(g => g.DonorId)];

    public long TotalOf(Guid donor, int fiscalYear) =>
        Standing.Where(g => g.DonorId == donor && FiscalYear(g.ReceivedOn) == fiscalYear).Sum(g => g.Amount);

    public bool GaveBefore(Guid donor, int fiscalYear) =>
        Standing.Any(g => g.DonorId == donor && FiscalYear(g.ReceivedOn) < fiscalYear);

    public HashSet<Guid> Lybunt(int y) => [.. DonorsIn(y - 1).Except(DonorsIn(y))];

    public HashSet<Guid> Sybunt(int y) =>
        [.. Standing.Where(g => FiscalYear(g.ReceivedOn) < y - 1).Select(g => g.DonorId).Distinct()
            .Except(DonorsIn(y - 1)).Except(DonorsIn(y))];

    /// <summary>The latest standing gift on or before the end of the year (the last recorded on a tie) and the total to then.</summary>
    public (DateOnly On, long Amount, long Lifetime, long Gifts) AsOfEndOf(Guid donor, int y)
    {
        var gifts = Standing.Where(g => g.DonorId == donor && g.ReceivedOn <= EndOf(y)).ToList();
        var last = gifts.OrderByDescending(g => g.ReceivedOn).ThenByDescending(g => g.Order).First();
        return (last.ReceivedOn, last.Amount, gifts.Sum(g => g.Amount), gifts.Count);
    }

    /// <summary>Donors in the order the lists use: last name, first name, then id as PostgreSQL orders uuids.</summary>
    public List<Guid> InListOrder(IEnumerable<Guid> donors)
    {
        var byId = data.Donors.ToDictionary(d => d.Id);
        return [.. donors.Select(id => byId[id])
            .OrderBy(d => d.LastName, StringComparer.Ordinal).ThenBy(d => d.FirstName, StringComparer.Ordinal)
            .ThenBy(d => d.Id.ToString(), StringComparer.Ordinal)
            .Select(d => d.Id)];
    }

    /// <summary>percentile_disc: the first value whose position (1-based) reaches fraction × count.</summary>
    public static T PercentileDisc<T>(IReadOnlyList<T> sorted, double fraction) =>
        sorted[Math.Max((int)Math.Ceiling(fraction * sorted.Count), 1) - 1];

    public static int Score<T>(T value, IReadOnlyList<T> cuts) where T : IComparable<T> =>
        1 + cuts.Count(c => value.CompareTo(c) > 0);
}
