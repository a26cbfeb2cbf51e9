using System.Globalization;
using System.Text.RegularExpressions;
using GiveBack.FunctionalTests.Support;
using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Playwright;

namespace GiveBack.FunctionalTests.Workspace;

/// <summary>
/// The giving day's operations page as staff use it, in Debian's Chromium against the real host: a match set up in the
/// page (sponsor picked by name, times in the institution's zone) is stored through the API's own path, and a gift
/// booked through the API afterwards moves the page's raised figure and the match's remaining capacity without a reload.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class GivingDayPageTests(ServerFixture fixture)
{
    [Fact]
    public async Task A_match_set_up_in_the_page_is_stored_and_a_gift_moves_the_live_figures()
    {
        var tag = string.Concat(Guid.NewGuid().ToByteArray().Take(6).Select(b => (char)('a' + (b % 26))));
        using var api = fixture.Server.CreateClient();
        var campaign = await Http.CreateRunningCampaignAsync(api, "Giving Day");
        var sponsor = await Http.CreateDonorAsync(api, classYear: null, firstName: "Board", lastName: $"Sponsor{tag}");
        var donor = await Http.CreateDonorAsync(api, classYear: 2004, firstName: "Ines", lastName: $"Giver{tag}");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        Assertions.SetDefaultExpectTimeout(20_000);
        await page.GotoAsync(new Uri(fixture.Server.BaseAddress, $"campaigns/{campaign.Id}/giving-day").ToString());
        await StaffSession.SignInAsync(page, GiveBackServer.StaffEmail, GiveBackServer.StaffPassword);
        await PageAddress.ArrivedAtAsync(page, $"/campaigns/{campaign.Id}/giving-day");
        await StaffSession.InteractiveAsync(page);
        await Assertions.Expect(page.Locator("#giving-day-no-matches")).ToBeVisibleAsync();

        // Set up in the page: one for one up to €300, from an hour ago to an hour ahead, Paris time.
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, paris);
        await page.Locator("#add-match").ClickAsync();
        var sponsorBox = page.Locator("#match-sponsor");
        await sponsorBox.ClickAsync();
        await sponsorBox.PressSequentiallyAsync($"Sponsor{tag}"[..10]);
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item", new() { HasText = $"Sponsor{tag}" })).ToHaveCountAsync(1);
        await sponsorBox.PressAsync("Enter");
        await Assertions.Expect(sponsorBox).ToHaveValueAsync(new Regex($"Sponsor{tag}"));
        await page.Locator("#match-ratio").FillAsync("1");
        await page.Locator("#match-cap").FillAsync("300");
        await page.Locator("#match-starts-at").FillAsync(Local(now.AddHours(-1)));
        await page.Locator("#match-ends-at").FillAsync(Local(now.AddHours(1)));
        await page.Locator("#match-time-zone").FillAsync("Europe/Paris");
        await page.Locator("#match-save").ClickAsync();

        var row = page.Locator("#match-table tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator(".match-remaining")).ToHaveTextAsync("€300.00");
        var stored = Assert.Single(await Http.GetAsync<List<MatchRow>>(api, $"/api/v1/campaigns/{campaign.Id}/matches"));
        Assert.Equal(sponsor.Id, stored.SponsorDonorId);
        Assert.Equal(30_000, stored.CapAmount);
        Assert.InRange(stored.StartsAt, DateTimeOffset.UtcNow.AddMinutes(-62), DateTimeOffset.UtcNow.AddMinutes(-58));

        // A gift booked through the API reaches the open page: €120 given, €120 matched, €180 of the cap left.
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Http.RecordGiftAsync(api, Http.Gift(donor.Id, campaign.Id, 12_000, receivedOn: today));
        await Assertions.Expect(row.Locator(".match-remaining")).ToHaveTextAsync("€180.00");
        await Assertions.Expect(row.Locator(".match-matched")).ToHaveTextAsync("€120.00");
        await Assertions.Expect(page.Locator("#giving-day-raised")).ToHaveTextAsync("€240.00");
        await Assertions.Expect(page.Locator("#giving-day-donors")).ToHaveTextAsync("2");
    }

    private static string Local(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private sealed record MatchRow(Guid SponsorDonorId, long CapAmount, DateTimeOffset StartsAt);
}
