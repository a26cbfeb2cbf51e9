using System.Net;
using System.Text.Json;
using GiveBack.Testing.Host;

namespace GiveBack.Payments.Tests;

/// <summary>With <c>Payments:ClosedCampaignFallback</c> set, late monthly money goes to that open campaign.</summary>
[Collection(EventRetryGroup.Name)]
public sealed class ClosedCampaignFallbackTests(EventRetryFixture fixture)
{
    [Fact]
    public async Task Monthly_payment_after_the_campaign_closed_goes_to_the_open_fallback_and_a_replay_books_nothing_twice()
    {
        var fallback = await fixture.CreateCampaignAsync(slug: EventRetryFixture.FallbackSlug);
        var campaign = await fixture.CreateCampaignAsync();
        var checkout = await fixture.CheckoutAsync(campaign, 2000, monthly: true);
        var subscriptionId = (string)(await fixture.Emulator.Control.CompleteCheckoutAsync(checkout.SessionId))["subscription"]!;
        await fixture.SettledAsync();
        await CampaignDatesTests.CloseAsync(fixture, campaign.Id);

        var advanced = await fixture.Emulator.Control.AdvanceSubscriptionAsync(subscriptionId);
        var invoiceId = (string)advanced["invoice"]!["id"]!;
        await fixture.SettledAsync();

        Assert.Equal(2000, Assert.Single(await fixture.CampaignGiftsAsync(campaign.Id)).GetProperty("amount").GetInt64());
        var routed = Assert.Single(await fixture.CampaignGiftsAsync(fallback.Id));
        Assert.Equal(2000, routed.GetProperty("amount").GetInt64());
        var list = await Http.GetAsync<JsonElement>(fixture.Staff, "/api/v1/recurring-gifts?limit=200");
        var id = list.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("subscriptionId").GetString() == subscriptionId).GetProperty("id").GetGuid();
        var gift = await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/recurring-gifts/{id}");
        Assert.False(gift.GetProperty("needsAttention").GetBoolean());
        var charge = gift.GetProperty("charges").EnumerateArray().Single(c => c.GetProperty("invoiceId").GetString() == invoiceId);
        Assert.Equal(fallback.Id, charge.GetProperty("campaignId").GetGuid());
        Assert.Equal(routed.GetProperty("id").GetGuid(), charge.GetProperty("giftId").GetGuid());
        Assert.Contains("fallback", charge.GetProperty("message").GetString(), StringComparison.Ordinal);

        var eventId = await fixture.EventIdAsync("invoice.paid", invoiceId);
        using var replay = await fixture.Staff.PostAsync($"/api/v1/payments/events/{eventId}/replay", null);
        await Http.ReadAsync<JsonElement>(replay, HttpStatusCode.Accepted);
        await fixture.PaymentEventAsync(eventId, "processed", "the replayed invoice.paid processed");
        Assert.Single(await fixture.CampaignGiftsAsync(fallback.Id));
        Assert.Single(await fixture.CampaignGiftsAsync(campaign.Id));
        Assert.Equal(2000, await fixture.RaisedAsync(fallback.Id));
    }
}
