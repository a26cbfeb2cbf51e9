using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Playwright;

namespace GiveBack.Payments.Tests;

/// <summary>
/// Administration → Payment events in Debian's Chromium: a Stripe event that failed for its whole retry window (Stripe
/// failing, injected in the emulator) is listed as parked; replayed from the page once Stripe answers again, it books
/// its gift once and is listed as processed.
/// </summary>
[Collection(EventRetryGroup.Name)]
public sealed class PaymentEventPageTests(EventRetryFixture fixture)
{
    [Fact]
    public async Task A_parked_event_is_listed_and_replayed_from_the_page_into_one_gift()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var (eventId, raw) = await fixture.PayWithHeldEventsAsync(campaign, 5_300);
        try
        {
            await fixture.ParkAsync(eventId, raw);
            Assert.Empty(await fixture.CampaignGiftsAsync(campaign.Id));

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await DebianChromium.LaunchAsync(playwright);
            var page = await StaffSession.OpenAsAdministratorAsync(browser, fixture.Server, "admin/payment-events");
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Payment events");
            // Parked events first: the list opens on them.
            var row = page.Locator("#payment-event-table tbody tr", new() { HasText = eventId });
            await Assertions.Expect(row).ToHaveCountAsync(1);
            await Assertions.Expect(row.Locator(".mud-chip")).ToHaveTextAsync("Parked");
            await Assertions.Expect(row).ToContainTextAsync("payment_intent.succeeded");
            await Assertions.Expect(row).ToContainTextAsync("parked after attempt");

            await Assertions.Expect(row.Locator(".replay-payment-event")).ToBeEnabledAsync();
            await row.Locator(".replay-payment-event").ClickAsync();
            await Assertions.Expect(page.Locator("#payment-events-message")).ToHaveTextAsync($"The event {eventId} is being processed again.");
            await Assertions.Expect(row).ToHaveCountAsync(0);

            // Processed by the product's own processor, into exactly one gift of the amount paid.
            await fixture.PaymentEventAsync(eventId, "processed", "the replayed event processed");
            Assert.Equal(5_300, Assert.Single(await fixture.CampaignGiftsAsync(campaign.Id)).GetProperty("amount").GetInt64());
            await StaffSession.ChooseAsync(page, "#payment-event-status", "Processed");
            await Assertions.Expect(row.Locator(".mud-chip")).ToHaveTextAsync("Processed");
        }
        finally
        {
            await fixture.Emulator.Control.ResumeDeliveryAsync();
        }

        await fixture.SettledAsync();
        Assert.Single(await fixture.CampaignGiftsAsync(campaign.Id));
    }
}
