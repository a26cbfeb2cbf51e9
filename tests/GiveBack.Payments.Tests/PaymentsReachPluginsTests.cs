using GiveBack.Testing.Csv;

namespace GiveBack.Payments.Tests;

/// <summary>
/// Webhook → ledger → outbox → plugin, end to end: a gift paid through Stripe Checkout (the emulator) reaches the
/// Webhook plugin and the NPSP export loaded from disk, with the money Stripe settled.
/// </summary>
[Collection(OnlineGivingGroup.Name)]
public sealed class PaymentsReachPluginsTests(OnlineGivingFixture fixture)
{
    [Fact]
    public async Task A_paid_checkout_reaches_the_webhook_and_the_npsp_export_with_amount_fee_net_campaign_and_fund()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var checkout = await fixture.CheckoutAsync(campaign, 5000);
        await fixture.Emulator.Control.CompleteCheckoutAsync(checkout.SessionId);
        await fixture.SettledAsync();
        var gift = Assert.Single(await fixture.CampaignGiftsAsync(campaign.Id));
        var giftId = gift.GetProperty("id").GetGuid();

        var hook = await fixture.PluginReceiver.WaitForEventAsync("GiftRecorded", e => e.GetProperty("giftId").GetGuid() == giftId);
        Assert.True(hook.IsSignedWith(OnlineGivingFixture.PluginWebhookSecret));
        var data = hook.Data;
        Assert.Equal((5000L, "EUR", 175L, 4825L), (
            data.GetProperty("amountMinor").GetInt64(), data.GetProperty("currency").GetString(),
            data.GetProperty("feeMinor").GetInt64(), data.GetProperty("netMinor").GetInt64()));
        var receivedOn = DateOnly.Parse(gift.GetProperty("receivedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(receivedOn, DateOnly.FromDateTime(data.GetProperty("receivedAt").GetDateTimeOffset().UtcDateTime));
        Assert.Equal((campaign.Name, "Scholarships", "online", "stripe", false), (
            data.GetProperty("campaignName").GetString(), data.GetProperty("fund").GetString(),
            data.GetProperty("method").GetString(), data.GetProperty("source").GetString(), data.GetProperty("recurring").GetBoolean()));

        var row = await CsvFile.WaitForRowAsync(fixture.CsvFolder, "npsp-import-*.csv", "GiveBack_Record_Id__c", giftId.ToString());
        Assert.Equal(("50.00", "EUR", receivedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), (
            row["Donation_Amount__c"], row["CurrencyIsoCode"], row["Donation_Date__c"]));
        Assert.Equal((campaign.Name, "Scholarships", "Credit Card"), (
            row["Donation_Campaign_Name__c"], row["GiveBack_Fund__c"], row["Payment_Method__c"]));
        Assert.Contains("fee 1.75, net 48.25", row["Donation_Description__c"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_monthly_gift_s_installment_reaches_the_webhook_marked_recurring()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var checkout = await fixture.CheckoutAsync(campaign, 2500, monthly: true);
        await fixture.Emulator.Control.CompleteCheckoutAsync(checkout.SessionId);
        await fixture.SettledAsync();
        var gift = Assert.Single(await fixture.CampaignGiftsAsync(campaign.Id));
        var giftId = gift.GetProperty("id").GetGuid();

        var data = (await fixture.PluginReceiver.WaitForEventAsync("GiftRecorded", e => e.GetProperty("giftId").GetGuid() == giftId)).Data;

        Assert.True(data.GetProperty("recurring").GetBoolean());
        Assert.Equal((2500L, "stripe"), (data.GetProperty("amountMinor").GetInt64(), data.GetProperty("source").GetString()));
    }
}
