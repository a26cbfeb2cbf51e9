using GiveBack.Domain.Calendar;
using GiveBack.Domain.Giving;
using GiveBack.Domain.Idempotency;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Giving.Gifts;

namespace GiveBack.Server.Demo;

/// <summary>The demo office, drawn from a fixed seed: the same options always give the same donors and gifts.</summary>
internal sealed class DemoPlan
{
    private const string Currency = "EUR";

    public DemoPlan(DemoDataOptions options, FiscalCalendar calendar, DateOnly today)
    {
        Today = today;
        var random = new Random(options.RandomSeed);
        var currentYear = calendar.FiscalYearOf(today);
        int[] years = [currentYear - 2, currentYear - 1, currentYear];
        Campaigns = [.. years.Select(y => new DemoCampaign(
            DemoDataSeeder.IdFor("campaign", $"demo-annual-fund-{y}"),
            new CampaignDefinition($"Annual Fund {y}", $"annual-fund-{y}", Currency, 75_000_000, calendar.StartOf(y), calendar.EndOf(y))))];

        var donors = new List<DemoDonor>(options.Alumni + options.Friends);
        for (var i = 0; i < options.Alumni + options.Friends; i++)
        {
            int? classYear = i < options.Alumni ? ClassYear(random, currentYear) : null;
            var first = DemoNames.First[random.Next(DemoNames.First.Length)];
            var last = DemoNames.Last[random.Next(DemoNames.Last.Length)];
            var email = $"{Ascii(first)}.{Ascii(last)}.{i}@example.org";
            var id = DemoDataSeeder.IdFor("donor", $"demo-donor-{i}");
            donors.Add(new DemoDonor(id, new DonorProfile(first, last, email, classYear), Gifts(random, id, i, years, calendar, today)));
        }

        Donors = donors;
    }

    public DateOnly Today { get; }

    public IReadOnlyList<DemoCampaign> Campaigns { get; }

    public IReadOnlyList<DemoDonor> Donors { get; }

    /// <summary>More recent classes are larger, as alumni bodies grow.</summary>
    private static int ClassYear(Random random, int currentYear) =>
        currentYear - 1 - (int)Math.Floor(Math.Pow(random.NextDouble(), 1.6) * 50);

    private List<DemoGift> Gifts(Random random, Guid donorId, int donorIndex, int[] years, FiscalCalendar calendar, DateOnly today)
    {
        // A few loyal donors give every year, some now and then, most rarely: the shape of a real annual fund.
        var kind = random.NextDouble();
        var yearlyChance = kind < 0.15 ? 0.95 : kind < 0.40 ? 0.5 : 0.12;
        var major = random.NextDouble() < 0.01;
        var gifts = new List<DemoGift>();
        for (var y = 0; y < years.Length; y++)
        {
            if (random.NextDouble() >= yearlyChance)
            {
                continue;
            }

            var count = random.NextDouble() < 0.15 ? 2 : 1;
            for (var g = 0; g < count; g++)
            {
                var start = calendar.StartOf(years[y]);
                var end = Min(calendar.EndOf(years[y]), today);
                if (end < start)
                {
                    continue;
                }

                var receivedOn = start.AddDays(random.Next(end.DayNumber - start.DayNumber + 1));
                var amount = major ? random.Next(50, 500) * 10_000L : (long)Math.Round(Math.Exp(random.NextDouble() * 3.2 + 2.8)) * 100;
                var method = (GiftMethod)new[] { 0, 0, 1, 2, 4, 4, 4, 4, 5 }[random.Next(9)];
                TributeType? tribute = random.NextDouble() < 0.03 ? (random.NextDouble() < 0.5 ? TributeType.Memory : TributeType.Honor) : null;
                var command = new GiftCommand(
                    donorId, Campaigns[y].Id, amount, Currency, receivedOn, method, FundOf(random), tribute,
                    tribute is null ? null : DemoNames.First[random.Next(DemoNames.First.Length)] + " " + DemoNames.Last[random.Next(DemoNames.Last.Length)],
                    random.NextDouble() < 0.05);
                var reversal = method == GiftMethod.Cheque && random.NextDouble() < 0.04 ? "Cheque returned unpaid" : null;
                gifts.Add(new DemoGift(command, $"{SystemKeys.DemoGift}{donorIndex}-{y}-{g}", reversal));
            }
        }

        return gifts;
    }

    private static string FundOf(Random random) =>
        new[] { "Annual Fund", "Annual Fund", "Annual Fund", "Scholarships", "Library", "Athletics" }[random.Next(6)];

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string Ascii(string name) =>
        new string([.. name.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetter)]).ToLowerInvariant();
}
