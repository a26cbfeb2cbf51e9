using GiveBack.Domain.Paging;
using GiveBack.Domain.Security;
using GiveBack.FunctionalTests.Support;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Playwright;

namespace GiveBack.FunctionalTests.Workspace;

/// <summary>
/// A gift processor keys a deposit of cheques in Debian's Chromium against the real host, from the keyboard: the batch
/// whose lines do not match its control total is refused, the corrected one posts through the gift path, a cheque keyed
/// twice is flagged, and a second post from a stale tab books nothing.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class GiftBatchBrowserTests(ServerFixture fixture)
{
    [Fact]
    public async Task A_processor_keys_a_cheque_batch_a_wrong_control_total_is_refused_the_right_one_posts_once()
    {
        using var api = fixture.Server.CreateClient();
        var campaign = await Http.CreateRunningCampaignAsync(api, "Cheques");
        var first = await Http.CreateDonorAsync(api, lastName: UniqueName("Batchfirst"));
        var second = await Http.CreateDonorAsync(api, lastName: UniqueName("Batchsecond"));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await StaffSession.OpenAsAsync(browser, fixture.Server, Roles.GiftProcessor, "batches");

        // The batch: counted by hand as two cheques for €150.00, which is wrong (they come to €175.00).
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Gift batches");
        await page.Locator("#batch-name").FillAsync("Monday deposit");
        await page.Locator("#batch-campaign").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = campaign.Name }).ClickAsync();
        await Assertions.Expect(page.Locator("label[for=batch-control-total]")).ToHaveTextAsync("Control total (EUR)");
        await page.Locator("#batch-control-count").FillAsync("2");
        await page.Locator("#batch-control-total").FillAsync("150");
        await page.Locator("#open-batch").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Monday deposit");
        await StaffSession.InteractiveAsync(page);
        var batchUrl = page.Url;

        // Keyboard only: part of the name, Enter on the first match, the amount, Enter adds the line.
        await KeyLineAsync(page, first.LastName, "100");
        await KeyLineAsync(page, second.LastName, "75");
        await Assertions.Expect(page.Locator("#batch-lines tbody tr[data-line]")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#lines-total")).ToHaveTextAsync("€175.00");

        // The same cheque keyed again is flagged, then taken out.
        await KeyLineAsync(page, first.LastName, "100");
        await Assertions.Expect(page.Locator("#duplicate-warning")).ToContainTextAsync("Line 3 has the same donor and amount");
        await page.Locator("tr[data-line='3'] .remove-line").ClickAsync();
        await Assertions.Expect(page.Locator("#batch-lines tbody tr[data-line]")).ToHaveCountAsync(2);

        await page.Locator("#post-batch").ClickAsync();
        await Assertions.Expect(page.Locator("#batch-message")).ToHaveTextAsync("Not posted: the lines do not match the control count and total.");
        Assert.Equal(0, (await GiftsOfAsync(api, first.Id)).Total);

        // A second tab of the same batch, still showing its post button.
        var stale = await page.Context.NewPageAsync();
        await stale.GotoAsync(batchUrl);
        await StaffSession.InteractiveAsync(stale);
        await Assertions.Expect(stale.Locator("#post-batch")).ToBeVisibleAsync();

        await page.Locator("#control-panel").ClickAsync();
        await page.Locator("#fix-control-total").FillAsync("175");
        await page.Locator("#save-control").ClickAsync();
        await Assertions.Expect(page.Locator("#batch-balance")).ToHaveTextAsync("The lines match the control count and total: the batch can be posted.");
        await page.Locator("#post-batch").ClickAsync();
        await Assertions.Expect(page.Locator("#batch-message")).ToHaveTextAsync("Batch posted: 2 gifts booked.");
        await Assertions.Expect(page.Locator(".batch-status").First).ToHaveTextAsync("Posted");
        await Assertions.Expect(page.Locator("#post-batch")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#line-donor")).ToHaveCountAsync(0);

        await stale.Locator("#post-batch").ClickAsync();
        await Assertions.Expect(stale.Locator("#batch-message")).ToHaveTextAsync("This batch is already posted; nothing was booked again.");

        var firstGifts = await GiftsOfAsync(api, first.Id);
        var gift = Assert.Single(firstGifts.Items);
        Assert.Equal(10_000, gift.Amount);
        Assert.Equal("cheque", gift.Method);
        Assert.Equal(7_500, Assert.Single((await GiftsOfAsync(api, second.Id)).Items).Amount);
        var figures = await Http.GetAsync<CampaignResponse>(api, $"/api/v1/campaigns/{campaign.Id}");
        Assert.Equal(17_500, figures.Progress.RaisedAmount);

        // The batches list shows the posted deposit with its totals.
        await page.Locator("#nav-batches").ClickAsync();
        var row = page.Locator("#batch-table tbody tr", new() { HasText = "Monday deposit" }).First;
        await Assertions.Expect(row.Locator(".batch-total")).ToHaveTextAsync("€175.00");
        await Assertions.Expect(row.Locator(".batch-status")).ToHaveTextAsync("Posted");
    }

    [Fact]
    public async Task A_viewer_sees_the_batches_but_no_way_to_open_or_post_one()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await StaffSession.OpenAsAsync(browser, fixture.Server, Roles.Viewer, "batches");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Gift batches");
        await Assertions.Expect(page.Locator("#batch-table")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#open-batch")).ToHaveCountAsync(0);
    }

    private static async Task KeyLineAsync(IPage page, string lastName, string amount)
    {
        var donor = page.Locator("#line-donor");
        await donor.ClickAsync();
        await donor.PressSequentiallyAsync(lastName[..8]);
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item", new() { HasText = lastName })).ToHaveCountAsync(1);
        // Enter takes the first item: wait for the list of the whole typed text, not one from its first letters.
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item").First).ToContainTextAsync(lastName);
        await donor.PressAsync("Enter");
        await Assertions.Expect(donor).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(lastName));
        await page.Locator("#line-amount").FillAsync(amount);
        var lines = await page.Locator("#batch-lines tbody tr[data-line]").CountAsync();
        await page.Locator("#line-amount").PressAsync("Enter");
        await Assertions.Expect(page.Locator("#batch-lines tbody tr[data-line]")).ToHaveCountAsync(lines + 1);
    }

    private static Task<Page<GiftResponse>> GiftsOfAsync(HttpClient api, Guid donorId) =>
        Http.GetAsync<Page<GiftResponse>>(api, $"/api/v1/donors/{donorId}/gifts");

    private static string UniqueName(string stem) =>
        stem + string.Concat(Guid.NewGuid().ToByteArray().Take(6).Select(b => (char)('a' + (b % 26))));
}
