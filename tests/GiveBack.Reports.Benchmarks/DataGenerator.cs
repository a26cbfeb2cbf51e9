using GiveBack.Domain.Calendar;

namespace GiveBack.Reports.Benchmarks;

/// <summary>
/// Deterministic, roughly realistic giving: each donor starts in some fiscal year and keeps giving year after year
/// with their own loyalty, so retention, lapses and recaptures all occur. Gifts per donor are skewed (a few give often).
/// </summary>
internal sealed class DataGenerator(BenchmarkArguments arguments, FiscalCalendar calendar, DateOnly today)
{
    private static readonly string[] FirstNames = ["Ada", "Ben", "Chloé", "Dev", "Eun", "Femi", "Gus", "Hana", "Ivo", "Jo", "Kai", "Lea", "Mo", "Noor", "Oto", "Pia"];
    private static readonly string[] LastNames = ["Adams", "Bauer", "Chen", "Diallo", "Evans", "Fischer", "Garcia", "Huang", "Ito", "Jones", "Kim", "Lopez", "Martin", "Nguyen", "Okafor", "Patel"];

    private readonly Random _random = new(arguments.Seed);

    public IReadOnlyList<Guid> Campaigns { get; } = [.. Enumerable.Range(1, 5).Select(i => new Guid($"00000000-0000-4000-8000-{i:D12}"))];

    public int LastFiscalYear => calendar.FiscalYearOf(today);

    public int FirstFiscalYear => LastFiscalYear - arguments.Years + 1;

    public GeneratedDonor[] Donors()
    {
        var created = new DateTimeOffset(calendar.StartOf(FirstFiscalYear).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var donors = new GeneratedDonor[arguments.Donors];
        for (var i = 0; i < donors.Length; i++)
        {
            int? classYear = _random.NextDouble() < 0.6 ? 1960 + _random.Next(LastFiscalYear - 1960) : null;
            var at = created.AddSeconds(i);
            donors[i] = new GeneratedDonor(
                Guid.CreateVersion7(at), FirstNames[_random.Next(FirstNames.Length)], LastNames[_random.Next(LastNames.Length)], classYear, at);
        }

        return donors;
    }

    /// <summary>Gifts and reversals, ordered by date as a ledger that grew over the years would be.</summary>
    public LedgerRow[] Ledger(GeneratedDonor[] donors)
    {
        var counts = GiftCounts(donors.Length);
        var rows = new List<LedgerRow>(arguments.Gifts + (int)(arguments.Gifts * arguments.ReversalRate * 1.2) + 16);
        var years = new List<int>();
        for (var d = 0; d < donors.Length; d++)
        {
            ActiveYears(years);
            for (var g = 0; g < counts[d]; g++)
            {
                var year = g < years.Count ? years[g] : years[_random.Next(years.Count)];
                var on = DayIn(year);
                var amount = Math.Max(100, (long)Math.Round(Math.Exp(8.5 + (1.1 * Gaussian())) / 100) * 100);
                var currency = _random.NextDouble() < 0.005 ? "EUR" : "USD";
                var gift = new LedgerRow(
                    Guid.CreateVersion7(new DateTimeOffset(on.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)),
                    donors[d].Id, Campaigns[_random.Next(Campaigns.Count)], amount, currency, on, donors[d].ClassYear, null);
                rows.Add(gift);
                if (_random.NextDouble() < arguments.ReversalRate)
                {
                    var reversedOn = on.AddDays(_random.Next(1, 45));
                    rows.Add(gift with
                    {
                        Id = Guid.CreateVersion7(new DateTimeOffset(reversedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)),
                        Amount = -amount,
                        ReceivedOn = reversedOn,
                        Reverses = gift.Id,
                    });
                }
            }
        }

        var array = rows.ToArray();
        Array.Sort(array, static (a, b) => a.ReceivedOn != b.ReceivedOn ? a.ReceivedOn.CompareTo(b.ReceivedOn) : a.Id.CompareTo(b.Id));
        return array;
    }

    /// <summary>Every donor gives at least once; the other gifts go mostly to the first donors (the loyal few).</summary>
    private int[] GiftCounts(int donors)
    {
        var counts = new int[donors];
        Array.Fill(counts, 1);
        for (var extra = arguments.Gifts - donors; extra > 0; extra--)
        {
            counts[(int)(donors * Math.Pow(_random.NextDouble(), 1.6))]++;
        }

        return counts;
    }

    /// <summary>From a first year, each next year is given in with the donor's own loyalty; lapsed donors may come back.</summary>
    private void ActiveYears(List<int> years)
    {
        years.Clear();
        var first = FirstFiscalYear + (int)(arguments.Years * Math.Pow(_random.NextDouble(), 0.8));
        var loyalty = 0.35 + (0.6 * _random.NextDouble());
        years.Add(Math.Min(first, LastFiscalYear));
        for (var year = first + 1; year <= LastFiscalYear; year++)
        {
            if (_random.NextDouble() < loyalty)
            {
                years.Add(year);
            }
        }
    }

    private DateOnly DayIn(int fiscalYear)
    {
        var start = calendar.StartOf(fiscalYear);
        var end = fiscalYear == LastFiscalYear ? today : calendar.EndOf(fiscalYear);
        return start.AddDays(_random.Next(end.DayNumber - start.DayNumber + 1));
    }

    private double Gaussian() =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - _random.NextDouble())) * Math.Cos(2.0 * Math.PI * _random.NextDouble());
}
