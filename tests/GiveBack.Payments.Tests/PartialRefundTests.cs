using System.Text.Json;
using GiveBack.Testing.Host;
using Stripe;

namespace GiveBack.Payments.Tests;

[Collection(OnlineGivingGroup.Name)]
public sealed class PartialRefundTests(OnlineGivingFixture fixture)
{
    [Fact]
    public async Task Partial_refunds_reverse_the_gift_and_rebook_the_remainder_and_a_final_refund_clears_it()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var checkout = await fixture.CheckoutAsync(campaign, 10_000);
        await fixture.Emulator.Control.CompleteCheckoutAsync(checkout.SessionId);
        var intentId = (await new global::Stripe.Checkout.SessionService(fixture.Stripe).GetAsync(checkout.SessionId)).PaymentIntentId;
        var refunds = new RefundService(fixture.Stripe);
        await fixture.SettledAsync();

        await refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intentId, Amount = 3_000 });
        await fixture.SettledAsync();
        await fixture.Emulator.Control.ResendEventAsync((await LastEventIdAsync("charge.refunded"))!);
        await fixture.SettledAsync();

        Assert.Equal(7_000, await fixture.RaisedAsync(campaign.Id));
        var progress = (await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/campaigns/{campaign.Id}")).GetProperty("progress");
        Assert.Equal((1, 1), (progress.GetProperty("giftCount").GetInt32(), progress.GetProperty("donorCount").GetInt32()));
        var standing = (await fixture.CampaignGiftsAsync(campaign.Id))
            .Where(g => g.GetProperty("kind").GetString() == "gift" && g.GetProperty("reversedBy").ValueKind == JsonValueKind.Null)
            .ToList();
        Assert.Equal(7_000, Assert.Single(standing).GetProperty("amount").GetInt64());
        Assert.Equal("PartiallyRefunded", await fixture.ScalarAsync<string>("SELECT status FROM stripe_payments WHERE key = @key", ("key", intentId!)));

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var report = await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/reports/reconciliation?from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}");
        var refundLine = report.GetProperty("lines").EnumerateArray().Single(l =>
            l.GetProperty("ledgerAmount").ValueKind == JsonValueKind.Number && l.GetProperty("ledgerAmount").GetInt64() == -10_000
            && l.GetProperty("issue").ValueKind == JsonValueKind.Null);
        Assert.Equal(-3_000, refundLine.GetProperty("processorAmount").GetInt64());

        await refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intentId });
        await fixture.SettledAsync();

        Assert.Equal(0, await fixture.RaisedAsync(campaign.Id));
        Assert.Equal("Refunded", await fixture.ScalarAsync<string>("SELECT status FROM stripe_payments WHERE key = @key", ("key", intentId!)));
        // The first receipt was replaced for the remainder, and the replacement voided by the final refund: none stands.
        var receipts = await fixture.ScalarAsync<long>("SELECT count(*) FROM receipts r JOIN ledger_entries g ON g.id = r.gift_id WHERE g.campaign_id = @c", ("c", campaign.Id));
        var voided = await fixture.ScalarAsync<long>("SELECT count(*) FROM receipts r JOIN ledger_entries g ON g.id = r.gift_id WHERE g.campaign_id = @c AND r.voided_at IS NOT NULL", ("c", campaign.Id));
        Assert.Equal((2L, 2L), (receipts, voided));
    }

    private async Task<string?> LastEventIdAsync(string type) =>
        (await new EventService(fixture.Stripe).ListAsync(new EventListOptions { Type = type, Limit = 1 })).Data.FirstOrDefault()?.Id;
}
