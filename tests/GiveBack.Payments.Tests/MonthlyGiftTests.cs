using System.Net;
using System.Text.Json;
using GiveBack.Payments.Jobs;
using GiveBack.Testing.Host;

namespace GiveBack.Payments.Tests;

[Collection(OnlineGivingGroup.Name)]
public sealed class MonthlyGiftTests(OnlineGivingFixture fixture)
{
    [Fact]
    public async Task Three_paid_invoices_are_three_gifts_on_one_recurring_gift_a_failure_shows_and_cancelling_stops_it()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var checkout = await fixture.CheckoutAsync(campaign, 1500, monthly: true);
        var completed = await fixture.Emulator.Control.CompleteCheckoutAsync(checkout.SessionId);
        var subscriptionId = (string)completed["subscription"]!;
        await fixture.Emulator.Control.AdvanceSubscriptionAsync(subscriptionId);
        await fixture.Emulator.Control.AdvanceSubscriptionAsync(subscriptionId);
        await fixture.Emulator.Control.AdvanceSubscriptionAsync(subscriptionId, success: false);
        await fixture.SettledAsync();

        var gifts = await fixture.CampaignGiftsAsync(campaign.Id);
        Assert.Equal(3, gifts.Length);
        Assert.Equal(4500, await fixture.RaisedAsync(campaign.Id));

        var list = await Http.GetAsync<JsonElement>(fixture.Staff, "/api/v1/recurring-gifts?limit=200");
        var summary = list.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("subscriptionId").GetString() == subscriptionId);
        var id = summary.GetProperty("id").GetGuid();
        var recurring = await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/recurring-gifts/{id}");
        Assert.Equal(3, recurring.GetProperty("paidCount").GetInt32());
        Assert.Equal(1, recurring.GetProperty("failureCount").GetInt32());
        Assert.Equal("past_due", recurring.GetProperty("status").GetString());
        Assert.Equal(1500, recurring.GetProperty("amount").GetInt64());
        Assert.False(string.IsNullOrEmpty(recurring.GetProperty("lastFailure").GetString()));
        Assert.NotEqual(JsonValueKind.Null, recurring.GetProperty("nextChargeOn").ValueKind);
        var charges = recurring.GetProperty("charges").EnumerateArray().ToList();
        Assert.Equal(4, charges.Count);
        Assert.Equal(
            gifts.Select(g => g.GetProperty("id").GetGuid()).Order(),
            charges.Where(c => c.GetProperty("outcome").GetString() == "paid").Select(c => c.GetProperty("giftId").GetGuid()).Order());

        await fixture.Server.RunJobAsync(RecurringGiftFollowUpJob.Key);
        await fixture.Server.RunJobAsync(RecurringGiftFollowUpJob.Key);
        var followUps = await Http.OutreachAsync(fixture.Staff, kind: "recurring-gift-follow-up");
        Assert.Equal($"{id}:1", Assert.Single(followUps, m => m.Reference.StartsWith(id.ToString(), StringComparison.Ordinal)).Reference);

        var canceled = await Http.ReadAsync<JsonElement>(await fixture.Staff.PostAsync($"/api/v1/recurring-gifts/{id}/cancel", null), HttpStatusCode.OK);
        Assert.Equal("canceled", canceled.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, canceled.GetProperty("nextChargeOn").ValueKind);
        await Assert.ThrowsAsync<HttpRequestException>(() => fixture.Emulator.Control.AdvanceSubscriptionAsync(subscriptionId));
        await fixture.SettledAsync();

        Assert.Equal(3, (await fixture.CampaignGiftsAsync(campaign.Id)).Length);
        Assert.Equal(4500, await fixture.RaisedAsync(campaign.Id));
        var after = await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/recurring-gifts/{id}");
        Assert.Equal("canceled", after.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Donor_link_shows_the_monthly_gift_and_stops_it_without_a_refund()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var checkout = await fixture.CheckoutAsync(campaign, 2500, monthly: true);
        var subscriptionId = (string)(await fixture.Emulator.Control.CompleteCheckoutAsync(checkout.SessionId))["subscription"]!;
        await fixture.SettledAsync();
        var list = await Http.GetAsync<JsonElement>(fixture.Staff, "/api/v1/recurring-gifts?limit=200");
        var id = list.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("subscriptionId").GetString() == subscriptionId).GetProperty("id").GetGuid();
        var link = (await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/recurring-gifts/{id}/donor-link")).GetProperty("url").GetString()!;

        using var donor = new HttpClient(new HttpClientHandler { AllowAutoRedirect = true });
        var page = await donor.GetStringAsync(link + "?lang=fr");
        Assert.Contains("Votre don mensuel", page, StringComparison.Ordinal);
        Assert.Contains("id=\"cancel\"", page, StringComparison.Ordinal);
        using var forged = await donor.GetAsync(link[..^3] + "xyz");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);

        var refundsBefore = (await fixture.Emulator.Control.GetObjectsAsync("refund")).Count;
        using var cancel = await donor.PostAsync(link + "/cancel", null);
        Assert.Contains("id=\"canceled\"", await cancel.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await fixture.SettledAsync();
        Assert.Equal("canceled", (await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/recurring-gifts/{id}")).GetProperty("status").GetString());
        Assert.Equal(refundsBefore, (await fixture.Emulator.Control.GetObjectsAsync("refund")).Count);
        Assert.Equal(2500, await fixture.RaisedAsync(campaign.Id));
    }
}
