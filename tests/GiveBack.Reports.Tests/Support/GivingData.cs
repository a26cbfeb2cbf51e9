namespace GiveBack.Reports.Tests.Support;

/// <summary>
/// The hand-built dataset every report test runs on: named donors for the edge cases (fiscal-year boundaries, reversals,
/// two gifts in a year, friends, another currency) plus seeded random donors so that quintiles have something to cut.
/// </summary>
public sealed class GivingData
{
    public const int ReportYear = 2025;

    private readonly List<TestDonor> _donors = [];
    private readonly List<TestGift> _gifts = [];

    public GivingData()
    {
        // FY2024 = 1 Jul 2023 - 30 Jun 2024 and FY2025 = 1 Jul 2024 - 30 Jun 2025 with the default first month (July).
        BoundaryDonor = Donor("Ada", "Boundary", 2001);
        Gift(BoundaryDonor, new(2024, 6, 30), 10_000);
        Gift(BoundaryDonor, new(2024, 7, 1), 10_000);
        // Calendar-year boundary, for a January fiscal year: FY2024 then FY2025; both in FY2025 with July.
        NewYearDonor = Donor("Ned", "Newyear", 2001);
        Gift(NewYearDonor, new(2024, 12, 31), 2_500);
        Gift(NewYearDonor, new(2025, 1, 1), 2_500);

        TwoGiftsDonor = Donor("Tess", "Twice", 2010);
        Gift(TwoGiftsDonor, new(2023, 9, 1), 5_000);
        Gift(TwoGiftsDonor, new(2024, 8, 1), 3_000);
        Gift(TwoGiftsDonor, new(2025, 2, 1), 4_000);

        OnlyGiftReversedDonor = Donor("Rory", "Reversed", 2010);
        Gift(OnlyGiftReversedDonor, new(2024, 9, 15), 50_000, reversed: true);

        PartlyReversedDonor = Donor("Paul", "Partly", 1995);
        Gift(PartlyReversedDonor, new(2023, 11, 1), 1_000);
        Gift(PartlyReversedDonor, new(2024, 3, 1), 20_000, reversed: true);

        FriendDonor = Donor("Fran", "Friend", null);
        Gift(FriendDonor, new(2024, 10, 1), 7_500);
        var lapsedFriend = Donor("Lee", "Lapsedfriend", null);
        Gift(lapsedFriend, new(2023, 12, 1), 7_500);

        NewDonor = Donor("Nina", "New", 2020);
        Gift(NewDonor, new(2025, 6, 30), 1_500);

        RecapturedDonor = Donor("Rex", "Recaptured", 1980);
        Gift(RecapturedDonor, new(2021, 3, 3), 900);
        Gift(RecapturedDonor, new(2025, 3, 3), 900);

        SybuntDonor = Donor("Sam", "Sybunt", 1980);
        Gift(SybuntDonor, new(2020, 5, 5), 2_000);
        Gift(SybuntDonor, new(2022, 6, 30), 3_000);

        LybuntDonor = Donor("Lucy", "Lybunt", 1990);
        Gift(LybuntDonor, new(2019, 1, 1), 100);
        Gift(LybuntDonor, new(2023, 7, 1), 400);
        Gift(LybuntDonor, new(2024, 2, 1), 600);
        Gift(LybuntDonor, new(2024, 2, 1), 300);

        EuroDonor = Donor("Elke", "Euro", 2001);
        Gift(EuroDonor, new(2024, 10, 10), 9_000, currency: "EUR");

        Donor("Nora", "Nevergave", 2001);
        Donor("Quentin", "Quotes, \"Q\"", 1990, email: "=cmd@example.org");

        AddRandomDonors(new Random(20_251_122), 60);
    }

    public static Guid AnnualFund { get; } = Guid.Parse("0b7f1a4e-0000-4000-8000-000000000001");

    public static Guid GivingDay { get; } = Guid.Parse("0b7f1a4e-0000-4000-8000-000000000002");

    public TestDonor BoundaryDonor { get; }

    public TestDonor NewYearDonor { get; }

    public TestDonor TwoGiftsDonor { get; }

    public TestDonor OnlyGiftReversedDonor { get; }

    public TestDonor PartlyReversedDonor { get; }

    public TestDonor FriendDonor { get; }

    public TestDonor NewDonor { get; }

    public TestDonor RecapturedDonor { get; }

    public TestDonor SybuntDonor { get; }

    public TestDonor LybuntDonor { get; }

    public TestDonor EuroDonor { get; }

    public IReadOnlyList<TestDonor> Donors => _donors;

    public IReadOnlyList<TestGift> Gifts => _gifts;

    private TestDonor Donor(string first, string last, int? classYear, string? email = null)
    {
        var donor = new TestDonor(Guid.NewGuid(), first, last, email ?? $"{first.ToLowerInvariant()}@example.org", classYear);
        _donors.Add(donor);
        return donor;
    }

    private void Gift(
        TestDonor donor, DateOnly on, long amount, string currency = "USD", Guid? campaign = null, bool reversed = false) =>
        _gifts.Add(new TestGift(_gifts.Count, Guid.NewGuid(), donor.Id, campaign ?? AnnualFund, amount, currency, on, reversed));

    private void AddRandomDonors(Random random, int count)
    {
        var first = new DateOnly(2018, 7, 1);
        for (var i = 0; i < count; i++)
        {
            int? classYear = random.Next(4) == 0 ? null : 1990 + random.Next(6);
            var donor = Donor($"Random{i:D3}", $"Donor{i:D3}", classYear);
            var gifts = random.Next(0, 9);
            for (var g = 0; g < gifts; g++)
            {
                var on = first.AddDays(random.Next(0, 8 * 365));
                var amount = (long)(random.Next(1, 40) * 500);
                var campaign = random.Next(3) == 0 ? GivingDay : AnnualFund;
                Gift(donor, on, amount, campaign: campaign, reversed: random.Next(20) == 0);
            }
        }
    }
}
