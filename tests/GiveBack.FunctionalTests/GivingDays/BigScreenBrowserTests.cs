using System.Buffers.Binary;
using Deque.AxeCore.Playwright;
using GiveBack.FunctionalTests.Support;
using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Playwright;

namespace GiveBack.FunctionalTests.GivingDays;

/// <summary>
/// The giving-day page and the big screen in Debian's Chromium on the real host: a gift booked through the API shows
/// on both through the hub (the ticker pushes within about a second; the expectation waits a few seconds and asserts no
/// timing), an anonymous gift moves the total but not the wall, the og:image answers a 1200×630 PNG, and axe finds no
/// serious or critical violation on the public page.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class BigScreenBrowserTests(ServerFixture fixture)
{
    private static readonly string[] Blocking = ["serious", "critical"];

    private readonly HttpClient _client = fixture.Server.CreateClient();

    [Fact]
    public async Task The_public_page_and_the_big_screen_show_a_gift_booked_through_the_api()
    {
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Day of giving", goalAmount: 1_000_000);
        var day = await GivingDaySetup.RunningDayAsync(_client, campaign.Id, headline: "One day, one school");
        // A challenge of four donors: the fourth gift, at the end, unlocks it (its sponsor's gift would move the totals).
        var sponsor = await Http.CreateDonorAsync(_client, firstName: "Board");
        await Http.ReadAsync<System.Text.Json.JsonElement>(await Http.PostAsync(_client, $"/api/v1/campaigns/{campaign.Id}/challenges", new
        {
            sponsorDonorId = sponsor.Id, kind = "donors", threshold = 4, unlockAmount = 100_000,
            startsAt = DateTimeOffset.UtcNow.AddHours(-1), endsAt = DateTimeOffset.UtcNow.AddHours(2),
        }, Guid.NewGuid().ToString()), System.Net.HttpStatusCode.Created);
        var ambassador = await Http.CreateDonorAsync(_client, classYear: 1979, firstName: "Philippine", lastName: "Vaudreuil");
        await Http.ReadAsync<System.Text.Json.JsonElement>(
            await Http.PostAsync(_client, $"/api/v1/campaigns/{campaign.Id}/ambassadors", new { donorId = ambassador.Id }), System.Net.HttpStatusCode.Created);
        var donor = await Http.CreateDonorAsync(_client, classYear: 1981, firstName: "Aurore");
        await GivingDaySetup.GiveAsync(_client, donor.Id, campaign.Id, 10_000, fund: "Library");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });
        var screen = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });
        await page.GotoAsync(new Uri(fixture.Server.BaseAddress, day.PageUrl + "?lang=en").ToString());
        await screen.GotoAsync(new Uri(fixture.Server.BaseAddress, day.ScreenUrl + "&lang=en").ToString());
        var live = new { Timeout = 5_000f };

        await Assertions.Expect(page.Locator("#total")).ToHaveTextAsync("€100");
        await Assertions.Expect(page.Locator("#wall")).ToContainTextAsync("Aurore, class of 1981", new() { Timeout = live.Timeout });
        await Assertions.Expect(screen.Locator("#wall")).ToContainTextAsync("Aurore, class of 1981", new() { Timeout = live.Timeout });
        await Assertions.Expect(page.Locator("#board-funds")).ToContainTextAsync("Library", new() { Timeout = live.Timeout });

        var second = await Http.CreateDonorAsync(_client, classYear: 1982, firstName: "Bastien");
        await GivingDaySetup.GiveAsync(_client, second.Id, campaign.Id, 5_050);

        await Assertions.Expect(page.Locator("#total")).ToHaveTextAsync("€150.50", new() { Timeout = live.Timeout });
        await Assertions.Expect(screen.Locator("#total")).ToHaveTextAsync("€150.50", new() { Timeout = live.Timeout });
        await Assertions.Expect(screen.Locator("#donors")).ToHaveTextAsync("2", new() { Timeout = live.Timeout });
        await Assertions.Expect(screen.Locator("#wall li").First).ToHaveTextAsync("Bastien, class of 1982", new() { Timeout = live.Timeout });

        // An anonymous gift moves the total but never reaches the wall.
        var hidden = await Http.CreateDonorAsync(_client, classYear: 1983, firstName: "Hortense");
        await GivingDaySetup.GiveAsync(_client, hidden.Id, campaign.Id, 1_000, anonymous: true);
        await Assertions.Expect(screen.Locator("#total")).ToHaveTextAsync("€160.50", new() { Timeout = live.Timeout });
        await Assertions.Expect(page.Locator("#total")).ToHaveTextAsync("€160.50", new() { Timeout = live.Timeout });
        await Assertions.Expect(screen.Locator("#wall li").First).ToHaveTextAsync("Bastien, class of 1982");
        await Assertions.Expect(page.Locator("#wall")).Not.ToContainTextAsync("Hortense");
        // The ambassadors' board names them by first name and last initial only.
        await Assertions.Expect(screen.Locator("#board-ambassadors")).ToContainTextAsync("Philippine V.", new() { Timeout = live.Timeout });
        await Assertions.Expect(screen.Locator("#board-ambassadors")).Not.ToContainTextAsync("Vaudreuil");
        await Assertions.Expect(screen.Locator("#challenges li")).ToHaveCountAsync(1, new() { Timeout = live.Timeout });
        await Assertions.Expect(screen.Locator("#challenges .unlocked")).ToHaveCountAsync(0);

        var fourth = await Http.CreateDonorAsync(_client, classYear: 1984, firstName: "Isaure");
        await GivingDaySetup.GiveAsync(_client, fourth.Id, campaign.Id, 1_000);
        await Assertions.Expect(screen.Locator("#challenges .unlocked")).ToBeVisibleAsync(new() { Timeout = live.Timeout });
        await Assertions.Expect(screen.Locator("#challenges .unlocked")).ToHaveTextAsync("unlocked");
        await Assertions.Expect(page.Locator("#challenges .unlocked")).ToBeVisibleAsync(new() { Timeout = live.Timeout });

        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).Select(v => $"{v.Id} [{v.Impact}] {v.Help}").ToList();
        Assert.True(blocking.Count == 0, string.Join("\n", blocking));
    }

    [Fact]
    public async Task The_page_carries_share_tags_whose_image_is_a_1200_by_630_png_and_the_screen_needs_its_token()
    {
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Day of giving");
        var day = await GivingDaySetup.RunningDayAsync(_client, campaign.Id);
        using var anonymous = fixture.Server.CreateClient(apiKey: null);

        var html = await anonymous.GetStringAsync(day.PageUrl);
        Assert.Contains("<meta property=\"og:image:width\" content=\"1200\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:image:height\" content=\"630\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary_large_image\">", html, StringComparison.Ordinal);
        Assert.Contains("https://www.linkedin.com/sharing/share-offsite/?url=", html, StringComparison.Ordinal);
        var image = System.Text.RegularExpressions.Regex.Match(html, "<meta property=\"og:image\" content=\"([^\"]+)\">").Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        Assert.Contains(day.CardUrl, image, StringComparison.Ordinal);

        using var card = await anonymous.GetAsync(new Uri(image).PathAndQuery);
        Assert.Equal("image/png", card.Content.Headers.ContentType?.MediaType);
        var png = await card.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal((1200, 630), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await anonymous.GetAsync($"{day.PageUrl}/screen?token=wrong")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await anonymous.GetAsync(day.ScreenUrl)).StatusCode);
    }
}
