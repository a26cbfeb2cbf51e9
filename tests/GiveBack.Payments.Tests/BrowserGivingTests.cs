using GiveBack.Testing;
using GiveBack.Testing.Browser;
using Microsoft.Playwright;

namespace GiveBack.Payments.Tests;

/// <summary>
/// The giving page as a donor uses it, in Debian's Chromium driven by Playwright (never a downloaded browser): pick an
/// amount, pay on the emulator's hosted checkout, land on the thank-you page, and find the gift on the campaign.
/// </summary>
[Collection(OnlineGivingGroup.Name)]
public sealed class BrowserGivingTests(OnlineGivingFixture fixture)
{
    [Fact]
    public async Task Donor_picks_an_amount_pays_on_checkout_and_lands_on_thank_you_with_the_gift_on_the_campaign()
    {
        var campaign = await fixture.CreateCampaignAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            Locale = "en-US",
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(fixture.Server.BaseAddress, $"give/{campaign.Slug}").ToString());
        await page.Locator("label:has(#amount-10000)").ClickAsync();
        await page.Locator("#coverFee").CheckAsync();
        await Assertions.Expect(page.Locator("#total")).ToHaveTextAsync("€103.30");
        await page.Locator("#coverFee").UncheckAsync();
        await Assertions.Expect(page.Locator("#total")).ToHaveTextAsync("€100");
        await page.Locator("#firstName").FillAsync("Camille");
        await page.Locator("#lastName").FillAsync("Martin");
        await page.Locator("#email").FillAsync($"{Guid.NewGuid():N}@example.org");
        // The keyboard alone submits the form.
        await page.Locator("#email").PressAsync("Enter");

        // Waiting for the address, not for the page's load event: Chromium has been seen to report network idle without
        // a load event under a busy CPU, and the assertions that follow wait for what they look for.
        await PageAddress.ArrivedAtAsync(page, fixture.Emulator.BaseUrl);
        await page.Locator("#pay").ClickAsync();
        await PageAddress.ArrivedAtAsync(page, "/thanks");
        await Assertions.Expect(page.Locator("#thank-you")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#amount")).ToHaveTextAsync("€100");

        await Eventually.TrueAsync(async () => await fixture.RaisedAsync(campaign.Id) == 10000, "the gift on the campaign's progress");
        var gift = Assert.Single(await fixture.CampaignGiftsAsync(campaign.Id));
        Assert.Equal("online", gift.GetProperty("method").GetString());
    }
}
