using System.Text.Json;
using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Playwright;

namespace GiveBack.Payments.Tests;

/// <summary>
/// The monthly gifts page in Debian's Chromium, on a monthly gift made the real way (a Checkout Session completed in the
/// Stripe emulator, its invoices paid and failed there, the webhooks delivered to the product): listed under its
/// status, its charges shown, its amount changed and then the gift cancelled from the page, each change made in
/// Stripe's subscription and the product's record and shown on the page.
/// </summary>
[Collection(OnlineGivingGroup.Name)]
public sealed class RecurringGiftPagesTests(OnlineGivingFixture fixture)
{
    [Fact]
    public async Task A_monthly_gift_is_listed_by_status_shows_its_charges_and_is_changed_and_cancelled_from_the_page()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var checkout = await fixture.CheckoutAsync(campaign, 1_737, monthly: true);
        var subscriptionId = (string)(await fixture.Emulator.Control.CompleteCheckoutAsync(checkout.SessionId))["subscription"]!;
        await fixture.Emulator.Control.AdvanceSubscriptionAsync(subscriptionId);
        await fixture.Emulator.Control.AdvanceSubscriptionAsync(subscriptionId, success: false);
        await fixture.SettledAsync();
        var recurring = (await Http.GetAsync<JsonElement>(fixture.Staff, "/api/v1/recurring-gifts?limit=200"))
            .GetProperty("items").EnumerateArray().Single(r => r.GetProperty("subscriptionId").GetString() == subscriptionId);
        var id = recurring.GetProperty("id").GetGuid();
        var donorId = recurring.GetProperty("donorId").GetGuid();
        Assert.Equal("past_due", recurring.GetProperty("status").GetString());

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await StaffSession.OpenAsAdministratorAsync(browser, fixture.Server, "recurring-gifts");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Monthly gifts");
        var row = page.Locator("#recurring-gift-table tbody tr", new() { Has = page.Locator($"a[href='/donors/{donorId}']") });

        // Listed under its own status, not under another.
        // (Past-due gifts, this one among them, are listed until the filter applies; then none is.)
        await StaffSession.ChooseAsync(page, "#recurring-status-filter", "Cancelled");
        await Assertions.Expect(page.Locator("#recurring-gift-table tbody tr .recurring-status", new() { HasNotText = "Cancelled" })).ToHaveCountAsync(0);
        await Assertions.Expect(row).ToHaveCountAsync(0);
        await StaffSession.ChooseAsync(page, "#recurring-status-filter", "Past due");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator(".recurring-donor")).ToHaveTextAsync("Ada Lovelace");
        await Assertions.Expect(row.Locator(".recurring-amount")).ToHaveTextAsync("€17.37");
        await Assertions.Expect(row.Locator(".recurring-status")).ToHaveTextAsync("Past due");

        // Its charges: two paid, one failed. (They are listed by when the product recorded each webhook, which need not
        // be the order Stripe charged them in, so only the outcomes are counted.)
        await row.Locator(".recurring-toggle").ClickAsync();
        var details = page.Locator($".recurring-details[data-recurring-gift='{id}']");
        var charges = details.Locator(".recurring-charges tbody tr");
        await Assertions.Expect(charges).ToHaveCountAsync(3);
        await Assertions.Expect(charges.Locator("td:nth-child(3):text-is('Paid')")).ToHaveCountAsync(2);
        await Assertions.Expect(charges.Locator("td:nth-child(3):text-is('Failed')")).ToHaveCountAsync(1);
        await Assertions.Expect(charges.Locator("td:nth-child(2)")).ToHaveTextAsync(["€17.37", "€17.37", "€17.37"]);

        // A new amount: Stripe's subscription charges it from the next invoice, and the product's record and list say so.
        await details.Locator($"#recurring-amount-{id:N}").FillAsync("23.45");
        await details.Locator(".recurring-change").ClickAsync();
        await Assertions.Expect(page.Locator("#recurring-gift-message")).ToHaveTextAsync("The new amount applies from the next charge.");
        await Assertions.Expect(row.Locator(".recurring-amount")).ToHaveTextAsync("€23.45");
        Assert.Equal(2_345, (await RecurringGiftAsync(id)).GetProperty("amount").GetInt64());
        var subscription = await new global::Stripe.SubscriptionService(fixture.Stripe).GetAsync(subscriptionId);
        Assert.Equal(2_345, subscription.Items.Data[0].Price.UnitAmount);

        // Cancelled: Stripe stops the subscription; the gift leaves the past-due list (its panel with it, so the list
        // says what was done) and is under cancelled, where it can no longer be changed.
        await details.Locator(".recurring-cancel").ClickAsync();
        await Assertions.Expect(page.Locator("#recurring-gift-message")).ToHaveTextAsync("The monthly gift is stopped; past gifts stay as they are.");
        await Assertions.Expect(row).ToHaveCountAsync(0);
        var cancelled = await RecurringGiftAsync(id);
        Assert.Equal("canceled", cancelled.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, cancelled.GetProperty("canceledAt").ValueKind);
        Assert.Equal("canceled", (await new global::Stripe.SubscriptionService(fixture.Stripe).GetAsync(subscriptionId)).Status);
        await StaffSession.ChooseAsync(page, "#recurring-status-filter", "Cancelled");
        await Assertions.Expect(row.Locator(".recurring-status")).ToHaveTextAsync("Cancelled");
        await Assertions.Expect(row.Locator(".recurring-amount")).ToHaveTextAsync("€23.45");
        // The page may keep the gift open across filters; open it if not.
        if (await row.Locator(".recurring-toggle").GetAttributeAsync("aria-expanded") != "true")
        {
            await row.Locator(".recurring-toggle").ClickAsync();
        }

        await Assertions.Expect(charges).ToHaveCountAsync(3);
        await Assertions.Expect(details.Locator(".recurring-cancel")).ToHaveCountAsync(0);
        await Assertions.Expect(details.Locator(".recurring-change")).ToHaveCountAsync(0);

        // Nothing past is refunded: the two paid charges stay gifts.
        await fixture.SettledAsync();
        Assert.Equal(2 * 1_737, await fixture.RaisedAsync(campaign.Id));
    }

    private async Task<JsonElement> RecurringGiftAsync(Guid id) =>
        await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/recurring-gifts/{id}");
}
