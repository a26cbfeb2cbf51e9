using System.Globalization;
using System.Net;
using GiveBack.Domain.Calendar;
using GiveBack.Engagement;
using GiveBack.Engagement.Model;
using GiveBack.Engagement.Reporting;
using GiveBack.FunctionalTests.Support;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Pledges.Endpoints;
using GiveBack.Testing;
using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GiveBack.FunctionalTests.Workspace;

/// <summary>
/// The reports the LYBUNT test does not open, in Debian's Chromium against the real host, each fed through the API:
/// SYBUNT and RFM list exactly the donors their rules imply, pledge aging sums the open installments, and engagement
/// counts the activities just recorded; each CSV holds what the page shows. Each report's gifts and pledges are in a
/// currency no other test uses, so its figures are this test's alone; engagement counts every donor, so it is read
/// before and after.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class ReportFigurePagesTests(ServerFixture fixture)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Sybunt_lists_the_donors_who_gave_before_last_year_and_not_since_with_their_last_gift_and_lifetime_and_downloads_them()
    {
        const string currency = "SEK";
        var fiscal = fixture.Server.Services.GetRequiredService<FiscalCalendar>();
        var year = fiscal.FiscalYearOf(Today);
        using var api = fixture.Server.CreateClient();
        var campaign = await CampaignAsync(api, currency, fiscal.StartOf(year - 3), fiscal.EndOf(year));
        var family = Family("Sybby");
        var twoYearsBefore = fiscal.StartOf(year - 2).AddDays(10);
        var threeYearsBefore = fiscal.StartOf(year - 3).AddDays(10);
        var elm = await Http.CreateDonorAsync(api, 1990, "Elm", family);
        var fir = await Http.CreateDonorAsync(api, 1990, "Fir", family);
        var gum = await Http.CreateDonorAsync(api, 1990, "Gum", family);
        var hazel = await Http.CreateDonorAsync(api, 1990, "Hazel", family);
        await GiveAsync(api, elm.Id, campaign, 7_000, twoYearsBefore);
        await GiveAsync(api, fir.Id, campaign, 2_000, threeYearsBefore);
        await GiveAsync(api, fir.Id, campaign, 5_500, twoYearsBefore);
        // Gum gave last year too (LYBUNT, not SYBUNT); Hazel came back this year.
        await GiveAsync(api, gum.Id, campaign, 3_000, twoYearsBefore);
        await GiveAsync(api, gum.Id, campaign, 3_000, fiscal.StartOf(year - 1).AddDays(5));
        await GiveAsync(api, hazel.Id, campaign, 3_000, twoYearsBefore);
        await GiveAsync(api, hazel.Id, campaign, 1_000, Today);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await StaffSession.OpenAsAdministratorAsync(browser, fixture.Server, "reports/sybunt");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("SYBUNT: gave some year, not this year");
        await StaffSession.ChooseAsync(page, "#report-currency", currency);

        await Assertions.Expect(page.Locator("#lapsed-donors")).ToHaveTextAsync("2 donors on the list");
        var rows = page.Locator("#lapsed-table tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Nth(0).Locator(".donor-name")).ToHaveTextAsync($"Elm {family}");
        await Assertions.Expect(rows.Nth(0).Locator(".last-gift-amount")).ToHaveTextAsync("SEK\u00a070.00");
        await Assertions.Expect(rows.Nth(0).Locator(".donor-lifetime")).ToHaveTextAsync("SEK\u00a070.00");
        await Assertions.Expect(rows.Nth(1).Locator(".donor-name")).ToHaveTextAsync($"Fir {family}");
        await Assertions.Expect(rows.Nth(1).Locator(".last-gift-amount")).ToHaveTextAsync("SEK\u00a055.00");
        await Assertions.Expect(rows.Nth(1).Locator(".donor-lifetime")).ToHaveTextAsync("SEK\u00a075.00");

        var (fileName, _, csv) = await StaffSession.DownloadCsvAsync(page);
        Assert.Equal($"giveback-sybunt-fy{year}-sek.csv", fileName);
        Assert.Equal(
            [(elm.Id.ToString(), Day(twoYearsBefore), "7000", "7000", "1"), (fir.Id.ToString(), Day(twoYearsBefore), "5500", "7500", "2")],
            csv.Select(r => (r["donor_id"], r["last_gift_on"], r["last_gift_amount"], r["lifetime_amount"], r["lifetime_gifts"])));
        Assert.All(csv, r => Assert.Equal(currency, r["currency"]));
    }

    [Fact]
    public async Task Rfm_scores_a_frequent_recent_donor_above_a_single_old_gift_filters_by_segment_and_downloads_either_list()
    {
        const string currency = "NOK";
        using var api = fixture.Server.CreateClient();
        var campaign = await CampaignAsync(api, currency, Today.AddDays(-800), Today.AddDays(10));
        var family = Family("Rfmy");
        var ivy = await Http.CreateDonorAsync(api, 2001, "Ivy", family);
        var jun = await Http.CreateDonorAsync(api, 2001, "Juniper", family);
        await GiveAsync(api, ivy.Id, campaign, 10_000, Today.AddDays(-40));
        await GiveAsync(api, ivy.Id, campaign, 10_000, Today.AddDays(-20));
        await GiveAsync(api, ivy.Id, campaign, 20_000, Today);
        await GiveAsync(api, jun.Id, campaign, 1_000, Today.AddDays(-700));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await StaffSession.OpenAsAdministratorAsync(browser, fixture.Server, "reports/rfm");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("RFM segments");
        await StaffSession.ChooseAsync(page, "#report-currency", currency);

        // Two donors: the quintile cut points fall on one or the other, so Ivy scores 3 on each axis (Potential) and
        // Juniper 1 on each (Lapsed).
        await Assertions.Expect(page.Locator("#rfm-donors")).ToHaveTextAsync("2 donors on the list");
        var rows = page.Locator("#rfm-table tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Nth(0).Locator("td")).ToHaveTextAsync(
            [$"Ivy {family}", "2001", Date(Today), "3", "NOK\u00a0400.00", "3 · 3 · 3", "Potential"]);
        await Assertions.Expect(rows.Nth(1).Locator("td")).ToHaveTextAsync(
            [$"Juniper {family}", "2001", Date(Today.AddDays(-700)), "1", "NOK\u00a010.00", "1 · 1 · 1", "Lapsed"]);
        await Assertions.Expect(page.Locator("#rfm-chart")).ToBeVisibleAsync();

        var (allName, _, all) = await StaffSession.DownloadCsvAsync(page);
        Assert.Equal("giveback-rfm-nok.csv", allName);
        Assert.Equal(
            [(ivy.Id.ToString(), "3", "40000", "3", "3", "3", "potential"), (jun.Id.ToString(), "1", "1000", "1", "1", "1", "lapsed")],
            all.Select(r => (r["donor_id"], r["gifts"], r["amount"], r["recency"], r["frequency"], r["monetary"], r["segment"])));

        await StaffSession.ChooseAsync(page, "#report-rfm-segment", "Lapsed");
        await Assertions.Expect(page.Locator("#rfm-donors")).ToHaveTextAsync("1 donors on the list");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Nth(0).Locator("td").First).ToHaveTextAsync($"Juniper {family}");
        var (lapsedName, _, lapsed) = await StaffSession.DownloadCsvAsync(page);
        Assert.Equal("giveback-rfm-lapsed-nok.csv", lapsedName);
        Assert.Equal(jun.Id.ToString(), Assert.Single(lapsed)["donor_id"]);
    }

    [Fact]
    public async Task Pledge_aging_sums_the_open_installments_of_the_currency_after_a_payment_and_downloads_them()
    {
        const string currency = "DKK";
        using var api = fixture.Server.CreateClient();
        var campaign = await CampaignAsync(api, currency, Today.AddDays(-3), Today.AddYears(1));
        var first = await Http.CreateDonorAsync(api, lastName: Family("Agey"));
        var second = await Http.CreateDonorAsync(api, lastName: Family("Agey"));
        var paid = await PledgeAsync(api, first.Id, campaign, 30_000, 3);
        await PledgeAsync(api, second.Id, campaign, 10_000, 2);
        // The first installment of the first pledge is paid: 200.00 in two installments stays, plus 100.00 in two.
        await Http.RecordGiftAsync(api, new
        {
            donorId = first.Id, campaignId = campaign.Id, pledgeId = paid.Id, amount = 10_000, currency, receivedOn = Day(Today), method = "wire",
        });

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await StaffSession.OpenAsAdministratorAsync(browser, fixture.Server, "reports/pledge-aging");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Pledge aging");
        var section = page.Locator($"section[aria-labelledby=aging-{currency}]");
        await Assertions.Expect(section.Locator("h2")).ToHaveTextAsync($"As of {Date(Today)}, in {currency}");
        var buckets = section.Locator("tbody tr");
        await Assertions.Expect(buckets).ToHaveCountAsync(1);
        await Assertions.Expect(buckets.Locator("th")).ToHaveTextAsync("Not yet due");
        await Assertions.Expect(buckets.Locator("td")).ToHaveTextAsync(["DKK\u00a0300.00", "4", "2"]);

        var (fileName, _, csv) = await StaffSession.DownloadCsvAsync(page);
        Assert.Equal($"giveback-pledge-aging-{Day(Today)}.csv", fileName);
        var row = Assert.Single(csv, r => r["currency"] == currency);
        Assert.Equal((Day(Today), "current", "30000", "4", "2"), (row["as_of"], row["bucket"], row["outstanding_amount"], row["installment_count"], row["pledge_count"]));
    }

    [Fact]
    public async Task Engagement_counts_the_activities_just_recorded_in_their_dimension_and_the_csv_holds_the_same_figures()
    {
        var query = fixture.Server.Services.GetRequiredService<EngagementReportQuery>();
        var clock = fixture.Server.Services.GetRequiredKeyedService<TimeProvider>(EngagementClock.Key);
        var before = await query.RunAsync(clock.GetUtcNow());
        using var api = fixture.Server.CreateClient();
        var donor = await Http.CreateDonorAsync(api, lastName: Family("Engy"));
        foreach (var daysAgo in new[] { 3, 1 })
        {
            var response = await Http.PostAsync(api, $"/api/v1/donors/{donor.Id}/activities", new { type = "volunteered", occurredAt = DateTimeOffset.UtcNow.AddDays(-daysAgo) });
            await Http.ReadAsync<System.Text.Json.JsonElement>(response, HttpStatusCode.Created);
        }

        // One more donor, and in the time dimension one more donor with two more activities.
        var after = await Eventually.MatchesAsync(
            () => query.RunAsync(clock.GetUtcNow()),
            r => Time(r).Activities == Time(before).Activities + 2,
            "the two activities to count in the report");
        Assert.Equal(before.Donors + 1, after.Donors);
        Assert.Equal(Time(before).Donors + 1, Time(after).Donors);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await StaffSession.OpenAsAdministratorAsync(browser, fixture.Server, "reports/engagement");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Engagement");
        var dimensions = page.Locator("section[aria-labelledby=engagement-dimensions] tbody tr");
        await Assertions.Expect(dimensions.Locator("th")).ToHaveTextAsync([.. after.Dimensions.Select(d => d.Dimension)]);
        var time = page.Locator($"section[aria-labelledby=engagement-dimensions] tbody tr:has(th:text-is('{Dimensions.Time}')) td");
        await Assertions.Expect(time.Nth(0)).ToHaveTextAsync(Time(after).Donors.ToString("N0", CultureInfo.GetCultureInfo("en-US")));
        await Assertions.Expect(time.Nth(1)).ToHaveTextAsync(Time(after).Activities.ToString("N0", CultureInfo.GetCultureInfo("en-US")));
        await Assertions.Expect(page.Locator("#engagement-chart")).ToBeVisibleAsync();

        var (fileName, _, csv) = await StaffSession.DownloadCsvAsync(page);
        Assert.Equal($"giveback-engagement-{Day(Today)}.csv", fileName);
        var stages = csv.Where(r => r["section"] == "stage").ToList();
        Assert.Equal(after.Stages.Select(s => (s.Stage, s.Donors.ToString(CultureInfo.InvariantCulture))), stages.Select(r => (r["key"], r["donors"])));
        Assert.Equal(before.Donors + 1, stages.Sum(r => int.Parse(r["donors"], CultureInfo.InvariantCulture)));
        var timeRow = Assert.Single(csv, r => r["section"] == "dimension" && r["key"] == Dimensions.Time);
        Assert.Equal(
            (Time(after).Donors.ToString(CultureInfo.InvariantCulture), Time(after).Activities.ToString(CultureInfo.InvariantCulture)),
            (timeRow["donors"], timeRow["activities"]));
        Assert.Equal(after.Ambassadors.Count, csv.Count(r => r["section"] == "ambassador"));
    }

    private static DimensionCount Time(EngagementReport report) => report.Dimensions.Single(d => d.Dimension == Dimensions.Time);

    private static async Task<CampaignResponse> CampaignAsync(HttpClient api, string currency, DateOnly startsOn, DateOnly endsOn) =>
        await Http.ReadAsync<CampaignResponse>(await Http.PostAsync(api, "/api/v1/campaigns", new
        {
            name = $"Report Fund {Guid.NewGuid():N}", currency, goalAmount = 10_000_000, startsOn = Day(startsOn), endsOn = Day(endsOn),
        }), HttpStatusCode.Created);

    private static async Task GiveAsync(HttpClient api, Guid donorId, CampaignResponse campaign, long amount, DateOnly on) =>
        await Http.RecordGiftAsync(api, Http.Gift(donorId, campaign.Id, amount, campaign.Currency, Day(on)));

    private static async Task<PledgeResponse> PledgeAsync(HttpClient api, Guid donorId, CampaignResponse campaign, long amount, int installments) =>
        await Http.ReadAsync<PledgeResponse>(await Http.PostAsync(api, "/api/v1/pledges", new
        {
            donorId, campaignId = campaign.Id, amount, currency = campaign.Currency, installmentCount = installments,
            frequency = "monthly", firstDueOn = Day(Today.AddDays(5)),
        }), HttpStatusCode.Created);

    // A family name of letters only, new to this run, so a name search or a list sorted by name holds these donors alone.
    private static string Family(string prefix) =>
        prefix + string.Concat(Guid.NewGuid().ToByteArray().Take(6).Select(b => (char)('a' + (b % 26))));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Date(DateOnly day) => day.ToString("d", CultureInfo.GetCultureInfo("en-US"));
}
