using System.Globalization;
using System.Text.RegularExpressions;
using GiveBack.FunctionalTests.Support;
using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Playwright;

namespace GiveBack.FunctionalTests.Workspace;

/// <summary>
/// The giving day's operations page as staff use it, in Debian's Chromium against the real host: the day itself, a
/// match, a challenge and an ambassador set up in the page (people picked by name, times in the institution's zone) are stored through
/// the API's own path, and a gift booked through the API afterwards moves the raised figure, the match's remaining
/// capacity, the challenge's unlock and the ambassador's figures without a reload.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class GivingDayPageTests(ServerFixture fixture)
{
    [Fact]
    public async Task A_match_a_challenge_and_an_ambassador_set_up_in_the_page_are_stored_and_a_gift_moves_the_live_figures()
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

        // The day itself, set in the page in Paris time: its window and its public address.
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, paris);
        await Assertions.Expect(page.Locator("#giving-day-not-set")).ToBeVisibleAsync();
        await page.Locator("#edit-day").ClickAsync();
        await page.Locator("#day-starts-at").FillAsync(Local(now.AddHours(-2)));
        await page.Locator("#day-ends-at").FillAsync(Local(now.AddHours(22)));
        await page.Locator("#day-time-zone").FillAsync("Europe/Paris");
        await page.Locator("#day-slug").FillAsync($"day-{tag}");
        await page.Locator("#day-save").ClickAsync();
        await Assertions.Expect(page.Locator("#giving-day-public-page")).ToHaveAttributeAsync("href", $"/giving-days/day-{tag}");
        var day = await Http.GetAsync<DayRow>(api, $"/api/v1/campaigns/{campaign.Id}/giving-day");
        Assert.Equal(($"day-{tag}", "Europe/Paris"), (day.Slug, day.TimeZone));
        Assert.InRange(day.StartsAt, DateTimeOffset.UtcNow.AddMinutes(-122), DateTimeOffset.UtcNow.AddMinutes(-118));

        // A match set up in the page: one for one up to €300, from an hour ago to an hour ahead, Paris time.
        await page.Locator("#add-match").ClickAsync();
        await PickDonorAsync(page, "#match-sponsor", $"Sponsor{tag}");
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

        // A challenge set up in the page: the first donor unlocks €50 from the same sponsor.
        await page.Locator("#add-challenge").ClickAsync();
        await PickDonorAsync(page, "#challenge-sponsor", $"Sponsor{tag}");
        await page.Locator("#challenge-threshold").FillAsync("1");
        await page.Locator("#challenge-unlock").FillAsync("50");
        await page.Locator("#challenge-starts-at").FillAsync(Local(now.AddHours(-1)));
        await page.Locator("#challenge-ends-at").FillAsync(Local(now.AddHours(1)));
        await page.Locator("#challenge-time-zone").FillAsync("Europe/Paris");
        await page.Locator("#challenge-save").ClickAsync();
        var challenge = page.Locator("#challenge-table tbody tr");
        await Assertions.Expect(challenge).ToHaveCountAsync(1);
        await Assertions.Expect(challenge.Locator(".challenge-unlocked")).ToHaveTextAsync("not yet");

        // An ambassador made in the page; their link is what the API lists.
        var ambassadorDonor = await Http.CreateDonorAsync(api, classYear: 1998, firstName: "Amal", lastName: $"Envoy{tag}");
        await page.Locator("#add-ambassador").ClickAsync();
        await PickDonorAsync(page, "#ambassador-donor", $"Envoy{tag}");
        await page.Locator("#ambassador-story").FillAsync("Our class built the library.");
        await page.Locator("#ambassador-save").ClickAsync();
        await Assertions.Expect(page.Locator("#ambassador-table tbody tr")).ToHaveCountAsync(1);
        var ambassador = Assert.Single(await Http.GetAsync<List<AmbassadorRow>>(api, $"/api/v1/campaigns/{campaign.Id}/ambassadors"));
        Assert.Equal(ambassadorDonor.Id, ambassador.DonorId);

        // A gift through the ambassador, booked through the API, reaches the open page: €120 given, €120 matched, €180
        // of the cap left, the challenge unlocked (€50 more), the ambassador's figures moved.
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Http.RecordGiftAsync(api, new { donorId = donor.Id, campaignId = campaign.Id, amount = 12_000, currency = "EUR", receivedOn = today, method = "cheque", ambassadorId = ambassador.Id });
        await Assertions.Expect(row.Locator(".match-remaining")).ToHaveTextAsync("€180.00");
        await Assertions.Expect(row.Locator(".match-matched")).ToHaveTextAsync("€120.00");
        await Assertions.Expect(challenge.Locator(".challenge-unlocked")).Not.ToHaveTextAsync("not yet");
        await Assertions.Expect(page.Locator("#giving-day-raised")).ToHaveTextAsync("€290.00");
        await Assertions.Expect(page.Locator("#giving-day-donors")).ToHaveTextAsync("2");
        await Assertions.Expect(page.Locator("#ambassador-table tbody tr .ambassador-donors")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("#ambassador-table tbody tr .ambassador-amount")).ToHaveTextAsync("€120.00");
    }

    private static async Task PickDonorAsync(IPage page, string box, string lastName)
    {
        var input = page.Locator(box);
        await input.ClickAsync();
        await input.PressSequentiallyAsync(lastName[..Math.Min(10, lastName.Length)]);
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item", new() { HasText = lastName })).ToHaveCountAsync(1);
        // Enter takes the first item: wait for the list of the whole typed text, not one from its first letters.
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item").First).ToContainTextAsync(lastName);
        await input.PressAsync("Enter");
        await Assertions.Expect(input).ToHaveValueAsync(new Regex(lastName));
    }

    private static string Local(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private sealed record MatchRow(Guid SponsorDonorId, long CapAmount, DateTimeOffset StartsAt);

    private sealed record AmbassadorRow(Guid Id, Guid DonorId);

    private sealed record DayRow(string Slug, string TimeZone, DateTimeOffset StartsAt);
}
