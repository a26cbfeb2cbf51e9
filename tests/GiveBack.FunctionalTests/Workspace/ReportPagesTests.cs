using System.Globalization;
using GiveBack.Domain.Calendar;
using GiveBack.FunctionalTests.Support;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GiveBack.FunctionalTests.Workspace;

/// <summary>
/// The reports as a development officer works them, in Debian's Chromium against the real host: donors who gave last
/// fiscal year and not this one, booked through the API, are on the LYBUNT page and in its CSV; the list saved as a
/// segment filters the donors page to exactly them, and stays frozen when one of them gives again; the participation
/// page counts their class year. Gifts are in a currency no other test books (NZD), so the lists hold these donors only.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class ReportPagesTests(ServerFixture fixture)
{
    private const string Currency = "NZD";

    [Fact]
    public async Task Lapsed_donors_are_listed_downloaded_saved_as_a_segment_that_filters_the_donors_page_and_counted_by_class_year()
    {
        var fiscal = fixture.Server.Services.GetRequiredService<FiscalCalendar>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var year = fiscal.FiscalYearOf(today);
        var lastYear = fiscal.StartOf(year - 1).AddDays(20);
        using var api = fixture.Server.CreateClient();
        var campaign = await Http.ReadAsync<CampaignResponse>(await Http.PostAsync(api, "/api/v1/campaigns", new
        {
            name = $"Annual Fund {Guid.NewGuid():N}",
            currency = Currency,
            goalAmount = 10_000_000,
            startsOn = Day(fiscal.StartOf(year - 1)),
            endsOn = Day(fiscal.EndOf(year)),
        }), System.Net.HttpStatusCode.Created);

        // A class year of their own, so the participation row counts these four alumni alone.
        var classYear = await OwnClassYear.TakeAsync(api);
        var family = "Lapsey" + string.Concat(Guid.NewGuid().ToByteArray().Take(6).Select(b => (char)('a' + (b % 26))));
        var alder = await Http.CreateDonorAsync(api, classYear, "Alder", family);
        var birch = await Http.CreateDonorAsync(api, classYear, "Birch", family);
        var cedar = await Http.CreateDonorAsync(api, classYear, "Cedar", family);
        await Http.CreateDonorAsync(api, classYear, "Dogwood", family);
        await Http.RecordGiftAsync(api, Http.Gift(alder.Id, campaign.Id, 12_000, Currency, Day(lastYear)));
        await Http.RecordGiftAsync(api, Http.Gift(birch.Id, campaign.Id, 4_500, Currency, Day(lastYear.AddDays(3))));
        // Cedar gave last year and again this year: retained, not lapsed. Dogwood never gave.
        await Http.RecordGiftAsync(api, Http.Gift(cedar.Id, campaign.Id, 8_000, Currency, Day(lastYear)));
        await Http.RecordGiftAsync(api, Http.Gift(cedar.Id, campaign.Id, 8_000, Currency, Day(today)));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US", AcceptDownloads = true });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        Assertions.SetDefaultExpectTimeout(20_000);
        await page.GotoAsync(new Uri(fixture.Server.BaseAddress, "reports").ToString());
        await StaffSession.SignInAsync(page, GiveBackServer.StaffEmail, GiveBackServer.StaffPassword);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Reports");

        // LYBUNT in NZD for this fiscal year: Alder and Birch, with their last gifts.
        await page.Locator("#open-lybunt").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("LYBUNT: gave last year, not this year");
        await StaffSession.ChooseAsync(page, "#report-currency", Currency);
        var rows = page.Locator("#lapsed-table tbody tr");
        await Assertions.Expect(page.Locator("#lapsed-donors")).ToHaveTextAsync("2 donors on the list");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Nth(0).Locator(".donor-name")).ToHaveTextAsync($"Alder {family}");
        await Assertions.Expect(rows.Nth(0).Locator(".last-gift-amount")).ToHaveTextAsync("NZD\u00a0120.00");
        await Assertions.Expect(rows.Nth(1).Locator(".donor-name")).ToHaveTextAsync($"Birch {family}");
        await Assertions.Expect(rows.Nth(1).Locator(".last-gift-amount")).ToHaveTextAsync("NZD\u00a045.00");

        // The CSV holds the whole list, as the API's export writes it.
        var (fileName, header, csv) = await StaffSession.DownloadCsvAsync(page);
        Assert.Equal($"giveback-lybunt-fy{year}-nzd.csv", fileName);
        Assert.Equal(["donor_id", "first_name", "last_name"], header[..3]);
        Assert.Equal(2, csv.Count);
        Assert.Equal((alder.Id.ToString(), "Alder", family), (csv[0]["donor_id"], csv[0]["first_name"], csv[0]["last_name"]));
        Assert.Equal(("12000", "12000", "1", Currency), (csv[0]["last_gift_amount"], csv[0]["lifetime_amount"], csv[0]["lifetime_gifts"], csv[0]["currency"]));
        Assert.Equal((birch.Id.ToString(), "Birch", family), (csv[1]["donor_id"], csv[1]["first_name"], csv[1]["last_name"]));

        // Saved as a segment, then frozen: Alder giving again moves them off the live list, not off the segment.
        var segmentName = $"Call back {family}";
        await page.Locator("#segment-name").FillAsync(segmentName);
        await page.Locator("#save-segment-button").ClickAsync();
        await Assertions.Expect(page.Locator("#segment-message")).ToContainTextAsync($"Segment “{segmentName}” saved with 2 donors.");
        await Http.RecordGiftAsync(api, Http.Gift(alder.Id, campaign.Id, 3_000, Currency, Day(today)));

        await page.Locator("#nav-donors").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Donors");
        await StaffSession.ChooseAsync(page, "#donor-segment", segmentName);
        var donors = page.Locator("#donor-table tbody tr");
        await Assertions.Expect(donors).ToHaveCountAsync(2);
        await Assertions.Expect(donors.Nth(0).Locator(".donor-name")).ToHaveTextAsync($"Alder {family}");
        await Assertions.Expect(donors.Nth(1).Locator(".donor-name")).ToHaveTextAsync($"Birch {family}");
        // The search applies within the segment.
        await page.Locator("#donor-search").PressSequentiallyAsync("Birch");
        await Assertions.Expect(donors).ToHaveCountAsync(1);
        await Assertions.Expect(donors.Nth(0).Locator(".donor-name")).ToHaveTextAsync($"Birch {family}");

        // Participation last fiscal year in NZD: three of the class's four alumni gave.
        await page.Locator("#nav-reports").ClickAsync();
        await page.Locator("#open-participation").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Alumni participation");
        await StaffSession.ChooseAsync(page, "#report-currency", Currency);
        await page.Locator("#report-fiscal-year").FillAsync((year - 1).ToString(CultureInfo.InvariantCulture));
        await page.Locator("#report-fiscal-year").PressAsync("Tab");
        var row = page.Locator($"#participation-table tr.class-year-{classYear}");
        await Assertions.Expect(row.Locator(".alumni-of-record")).ToHaveTextAsync("4");
        await Assertions.Expect(row.Locator(".alumni-donors")).ToHaveTextAsync("3");
        await Assertions.Expect(row.Locator(".participation-rate")).ToHaveTextAsync("75.0%");
        await Assertions.Expect(page.Locator("#participation-chart")).ToBeVisibleAsync();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
