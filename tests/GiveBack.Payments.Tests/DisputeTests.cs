using Stripe;

namespace GiveBack.Payments.Tests;

[Collection(OnlineGivingGroup.Name)]
public sealed class DisputeTests(OnlineGivingFixture fixture)
{
    [Fact]
    public async Task A_lost_dispute_is_a_reversal_and_a_won_one_changes_nothing()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var lost = await PaidChargeAsync(campaign, 4_000);
        var won = await PaidChargeAsync(campaign, 3_000);
        await fixture.SettledAsync();
        Assert.Equal(7_000, await fixture.RaisedAsync(campaign.Id));

        var lostDispute = await fixture.Emulator.Control.OpenDisputeAsync(lost);
        var wonDispute = await fixture.Emulator.Control.OpenDisputeAsync(won);
        await fixture.SettledAsync();
        Assert.Equal(7_000, await fixture.RaisedAsync(campaign.Id));

        await fixture.Emulator.Control.CloseDisputeAsync((string)lostDispute["id"]!, won: false);
        await fixture.Emulator.Control.CloseDisputeAsync((string)wonDispute["id"]!, won: true);
        await fixture.SettledAsync();

        var gifts = await fixture.CampaignGiftsAsync(campaign.Id);
        var reversal = Assert.Single(gifts, g => g.GetProperty("kind").GetString() == "reversal");
        Assert.Equal(-4_000, reversal.GetProperty("amount").GetInt64());
        Assert.Equal(3_000, await fixture.RaisedAsync(campaign.Id));
    }

    private async Task<string> PaidChargeAsync(GiveBack.Giving.Endpoints.Campaigns.CampaignResponse campaign, long amount)
    {
        var checkout = await fixture.CheckoutAsync(campaign, amount);
        await fixture.Emulator.Control.CompleteCheckoutAsync(checkout.SessionId);
        var intentId = (await new global::Stripe.Checkout.SessionService(fixture.Stripe).GetAsync(checkout.SessionId)).PaymentIntentId;
        var intent = await new PaymentIntentService(fixture.Stripe).GetAsync(intentId);
        return intent.LatestChargeId;
    }
}
