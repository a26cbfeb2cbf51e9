using System.Net;
using System.Text.Json;
using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Playwright;

namespace GiveBack.Payments.Tests;

/// <summary>
/// A monthly gift on the donor page's timeline, in Debian's Chromium against the real host: given through the giving
/// page's checkout on the Stripe emulator, then stopped by staff, it shows as started and, newer, as stopped.
/// </summary>
[Collection(OnlineGivingGroup.Name)]
public sealed class DonorTimelineRecurringTests(OnlineGivingFixture fixture)
{
    [Fact]
    public async Task A_monthly_gift_given_and_then_stopped_shows_on_the_donors_timeline_newest_first()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var checkout = await fixture.CheckoutAsync(campaign, 1500, monthly: true);
        var subscriptionId = (string)(await fixture.Emulator.Control.CompleteCheckoutAsync(checkout.SessionId))["subscription"]!;
        await fixture.SettledAsync();
        var list = await Http.GetAsync<JsonElement>(fixture.Staff, "/api/v1/recurring-gifts?limit=200");
        var recurring = list.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("subscriptionId").GetString() == subscriptionId);
        var donorId = recurring.GetProperty("donorId").GetGuid();
        var id = recurring.GetProperty("id").GetGuid();
        await Http.ReadAsync<JsonElement>(await fixture.Staff.PostAsync($"/api/v1/recurring-gifts/{id}/cancel", null), HttpStatusCode.OK);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US" });
        var page = await context.NewPageAsync();
        Assertions.SetDefaultExpectTimeout(20_000);
        await page.GotoAsync(new Uri(fixture.Server.BaseAddress, $"donors/{donorId}").ToString());
        await PageAddress.ArrivedAtAsync(page, "/account/sign-in");
        await page.Locator("#email").FillAsync(GiveBackServer.StaffEmail);
        await page.Locator("#password").FillAsync(GiveBackServer.StaffPassword);
        await page.Locator("#sign-in").ClickAsync();

        var rows = page.Locator("#timeline-table tbody tr");
        var started = rows.Filter(new() { Has = page.Locator(".timeline-kind[data-kind=recurring-gift]") });
        var stopped = rows.Filter(new() { Has = page.Locator(".timeline-kind[data-kind=recurring-gift-canceled]") });
        await Assertions.Expect(started.Locator(".timeline-kind")).ToHaveTextAsync("Monthly gift started");
        await Assertions.Expect(started.Locator(".timeline-amount")).ToContainTextAsync("15");
        await Assertions.Expect(started.Locator(".timeline-detail")).ToHaveTextAsync("canceled");
        await Assertions.Expect(stopped.Locator(".timeline-kind")).ToHaveTextAsync("Monthly gift stopped");
        // The first charge is a gift in the ledger, listed as one.
        await Assertions.Expect(rows.Locator(".timeline-kind[data-kind=gift]")).ToHaveCountAsync(1);

        var kinds = await rows.Locator(".timeline-kind").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.kind)");
        Assert.True(
            Array.IndexOf(kinds, "recurring-gift-canceled") < Array.IndexOf(kinds, "recurring-gift"),
            $"The stop is newer than the start: {string.Join(", ", kinds)}");
    }
}
