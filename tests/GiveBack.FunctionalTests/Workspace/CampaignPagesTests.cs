using System.Globalization;
using System.Net;
using GiveBack.FunctionalTests.Support;
using GiveBack.Pledges.Endpoints;
using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Playwright;

namespace GiveBack.FunctionalTests.Workspace;

/// <summary>
/// The campaign and pledge pages as the development office uses them, in Debian's Chromium against the real host: a
/// campaign made in the page is listed with its goals, gifts booked through the API show on its page by class year and
/// in its gift list, its gifts download as CSV with the same figures, and a pledge made through the API is written off
/// with a reason from the pledges page.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class CampaignPagesTests(ServerFixture fixture)
{
    [Fact]
    public async Task A_campaign_made_in_the_page_shows_its_gifts_by_class_year_exports_them_and_a_pledge_is_written_off()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var tag = UniqueLetters();
        var name = $"Reunion Fund {tag}";
        using var api = fixture.Server.CreateClient();
        var ada = await Http.CreateDonorAsync(api, classYear: 2010, firstName: "Ada", lastName: $"Ormond{tag}");
        var ben = await Http.CreateDonorAsync(api, classYear: 2010, firstName: "Ben", lastName: $"Ormond{tag}");
        var cleo = await Http.CreateDonorAsync(api, classYear: 1999, firstName: "Cleo", lastName: $"Ormond{tag}");
        var friend = await Http.CreateDonorAsync(api, classYear: null, firstName: "Dana", lastName: $"Ormond{tag}");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US", AcceptDownloads = true });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        Assertions.SetDefaultExpectTimeout(20_000);
        await page.GotoAsync(new Uri(fixture.Server.BaseAddress, "campaigns").ToString());
        await StaffSession.SignInAsync(page, GiveBackServer.StaffEmail, GiveBackServer.StaffPassword);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Campaigns");

        // Made in the page, with a donor goal; saving opens the new campaign's page.
        await page.Locator("#new-campaign").ClickAsync();
        await page.Locator("#campaign-name").FillAsync(name);
        await page.Locator("#campaign-currency").FillAsync("EUR");
        await page.Locator("#campaign-goal").FillAsync("5000");
        await page.Locator("#campaign-donor-goal").FillAsync("10");
        await page.Locator("#campaign-starts-on").FillAsync(Day(today.AddDays(-5)));
        await page.Locator("#campaign-ends-on").FillAsync(Day(today.AddDays(20)));
        await page.Locator("#campaign-save").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(name);
        var campaignId = Guid.Parse(new Uri(page.Url).Segments[^1]);
        await Assertions.Expect(page.Locator("#campaign-donor-goal-value")).ToHaveTextAsync("10");
        await Assertions.Expect(page.Locator("#campaign-no-gifts")).ToBeVisibleAsync();

        await page.Locator("#nav-campaigns").ClickAsync();
        var listed = page.Locator("#campaign-table tbody tr", new() { HasText = name });
        await Assertions.Expect(listed).ToHaveCountAsync(1);
        await Assertions.Expect(listed.Locator(".campaign-raised")).ToContainTextAsync("€0.00 raised of €5,000.00");
        await Assertions.Expect(listed.Locator(".campaign-donors")).ToHaveTextAsync("0 of 10 donors");

        // Booked through the API: two of the class of 2010, one of 1999, one friend (no class year).
        await Http.RecordGiftAsync(api, Http.Gift(ada.Id, campaignId, 10_000, receivedOn: Day(today.AddDays(-2))));
        await Http.RecordGiftAsync(api, Http.Gift(ben.Id, campaignId, 5_000, receivedOn: Day(today.AddDays(-1))));
        await Http.RecordGiftAsync(api, Http.Gift(cleo.Id, campaignId, 2_500, receivedOn: Day(today)));
        await Http.RecordGiftAsync(api, Http.Gift(friend.Id, campaignId, 1_000, receivedOn: Day(today)));

        await listed.Locator("a").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(name);
        await Assertions.Expect(page.Locator("#campaign-raised")).ToHaveTextAsync("€185.00");
        await Assertions.Expect(page.Locator("#campaign-donor-count")).ToHaveTextAsync("4");
        await ExpectClassYearAsync(page, "2010", donors: "2", amount: "€150.00");
        await ExpectClassYearAsync(page, "1999", donors: "1", amount: "€25.00");
        await ExpectClassYearAsync(page, "friends", donors: "1", amount: "€10.00");
        await Assertions.Expect(page.Locator("#class-year-table tbody tr")).ToHaveCountAsync(3);
        var gifts = page.Locator("#campaign-gift-table tbody tr");
        await Assertions.Expect(gifts).ToHaveCountAsync(4);
        // Newest first: the oldest gift, Ada's, is last.
        await Assertions.Expect(gifts.Last.Locator(".gift-donor")).ToHaveTextAsync($"Ada Ormond{tag}");
        await Assertions.Expect(gifts.Last.Locator(".gift-amount")).ToHaveTextAsync("€100.00");

        // The CSV the page offers has the same four gifts, amounts in minor units, donors named.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-gifts").ClickAsync());
        var csv = await File.ReadAllLinesAsync(await download.PathAsync());
        Assert.StartsWith("gift_id,kind,received_on,donor_id,donor_name", csv[0], StringComparison.Ordinal);
        Assert.Equal(5, csv.Length);
        var rows = csv.Skip(1).Select(line => line.Split(',')).ToList();
        Assert.Equal(new long[] { 1_000, 2_500, 5_000, 10_000 }, rows.Select(r => long.Parse(r[7], CultureInfo.InvariantCulture)).Order());
        var adaRow = Assert.Single(rows, r => r[3] == ada.Id.ToString());
        Assert.Equal(new[] { Day(today.AddDays(-2)), $"Ada Ormond{tag}", "2010", "10000", "EUR" }, new[] { adaRow[2], adaRow[4], adaRow[6], adaRow[7], adaRow[8] });
        Assert.Equal(string.Empty, Assert.Single(rows, r => r[3] == friend.Id.ToString())[6]);

        // A pledge made through the API is listed on the campaign's page and written off from the pledges page.
        var pledge = await Http.ReadAsync<PledgeResponse>(await Http.PostAsync(api, "/api/v1/pledges", new
        {
            donorId = cleo.Id,
            campaignId,
            amount = 90_000,
            currency = "EUR",
            installmentCount = 3,
            frequency = "monthly",
            firstDueOn = Day(today.AddDays(30)),
        }, Guid.NewGuid().ToString()), HttpStatusCode.Created);
        await page.ReloadAsync();
        var campaignPledge = page.Locator("#pledge-table tbody tr", new() { HasText = $"Cleo Ormond{tag}" });
        await Assertions.Expect(campaignPledge.Locator(".pledge-balance")).ToHaveTextAsync("€900.00");
        await Assertions.Expect(page.Locator("#campaign-committed")).ToHaveTextAsync("€1,085.00");

        await page.Locator("#nav-pledges").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Pledges");
        var row = page.Locator("#pledge-table tbody tr", new() { HasText = $"Cleo Ormond{tag}" });
        await Assertions.Expect(row.Locator(".pledge-status")).ToHaveTextAsync("Active");
        await row.Locator(".pledge-toggle").ClickAsync();
        var details = page.Locator($".pledge-details[data-pledge='{pledge.Id}']");
        await Assertions.Expect(details.Locator(".pledge-installments tbody tr")).ToHaveCountAsync(3);
        await details.Locator(".pledge-write-off").ClickAsync();
        await Assertions.Expect(details.Locator(".pledge-message")).ToHaveTextAsync("Give a reason (at most 500 characters): it is kept with the pledge.");
        await details.Locator($"#pledge-reason-{pledge.Id:N}").FillAsync("Donor moved abroad");
        await details.Locator(".pledge-write-off").ClickAsync();
        await Assertions.Expect(row.Locator(".pledge-status")).ToHaveTextAsync("Written off");
        await Assertions.Expect(details.Locator(".pledge-closing-reason")).ToHaveTextAsync("Closed: Donor moved abroad");
        var written = await Http.GetAsync<PledgeResponse>(api, $"/api/v1/pledges/{pledge.Id}");
        Assert.Equal(("writtenOff", 90_000L, "Donor moved abroad"), (written.Status, written.WrittenOffAmount, written.ClosingReason));

        // The status filter asks the server again: the pledge is among the written-off ones and no longer among the active.
        await ChooseStatusAsync(page, "Written off");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await ChooseStatusAsync(page, "Active");
        await Assertions.Expect(row).ToHaveCountAsync(0);
    }

    private static async Task ExpectClassYearAsync(IPage page, string classYear, string donors, string amount)
    {
        var row = page.Locator($"#class-year-table tr[data-class-year='{classYear}']");
        await Assertions.Expect(row.Locator(".class-year-donors")).ToHaveTextAsync(donors);
        await Assertions.Expect(row.Locator(".class-year-amount")).ToHaveTextAsync(amount);
    }

    private static async Task ChooseStatusAsync(IPage page, string status)
    {
        await page.Locator("#pledge-status-filter").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = status }).First.ClickAsync();
    }

    // Letters only: a surname no other test uses, that the donor search would find alone.
    private static string UniqueLetters() => string.Concat(Guid.NewGuid().ToByteArray().Take(6).Select(b => (char)('a' + (b % 26))));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
