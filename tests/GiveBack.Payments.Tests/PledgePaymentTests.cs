using System.Net;
using System.Text.Json;
using GiveBack.Testing;
using GiveBack.Testing.Host;

namespace GiveBack.Payments.Tests;

[Collection(OnlineGivingGroup.Name)]
public sealed class PledgePaymentTests(OnlineGivingFixture fixture)
{
    [Fact]
    public async Task A_stripe_payment_carrying_a_pledge_in_its_metadata_pays_that_pledge_and_an_overpayment_is_kept_as_an_outright_gift()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var email = $"{Guid.NewGuid():N}@example.org";
        var donor = await Http.ReadAsync<JsonElement>(
            await Http.PostAsync(fixture.Staff, "/api/v1/donors", new { firstName = "Ada", lastName = "Lovelace", email, classYear = 2012 }), HttpStatusCode.Created);
        var firstDue = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var pledge = await Http.ReadAsync<JsonElement>(
            await Http.PostAsync(fixture.Staff, "/api/v1/pledges", new
            {
                donorId = donor.GetProperty("id").GetGuid(), campaignId = campaign.Id, amount = 6_000, currency = "EUR",
                installmentCount = 3, frequency = "monthly", firstDueOn = firstDue,
            }),
            HttpStatusCode.Created);
        var pledgeId = pledge.GetProperty("id").GetGuid();

        var paying = await fixture.CheckoutAsync(campaign, 2_000, email: email, pledgeId: pledgeId);
        await fixture.Emulator.Control.CompleteCheckoutAsync(paying.SessionId);
        var tooMuch = await fixture.CheckoutAsync(campaign, 9_000, email: email, pledgeId: pledgeId);
        await fixture.Emulator.Control.CompleteCheckoutAsync(tooMuch.SessionId);
        await fixture.SettledAsync();

        var paid = await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/pledges/{pledgeId}");
        Assert.Equal(2_000, paid.GetProperty("paidAmount").GetInt64());
        Assert.Equal("paid", paid.GetProperty("installments")[0].GetProperty("status").GetString());
        var gifts = await fixture.CampaignGiftsAsync(campaign.Id);
        Assert.Equal(2, gifts.Length);
        Assert.Equal(pledgeId, gifts.Single(g => g.GetProperty("amount").GetInt64() == 2_000).GetProperty("pledgeId").GetGuid());
        Assert.Equal(JsonValueKind.Null, gifts.Single(g => g.GetProperty("amount").GetInt64() == 9_000).GetProperty("pledgeId").ValueKind);
        Assert.Equal(11_000, await fixture.RaisedAsync(campaign.Id));
    }

    /// <summary>
    /// The first booking of a Stripe payment fails in the database (a trigger this test installs on its own throwaway
    /// database refuses the ledger insert of this pledge's payments) and the processor retries the event. The hold the
    /// failed attempt made must not turn the retry into an "overpayment" booked as an outright gift.
    /// </summary>
    [Fact]
    public async Task A_stripe_payment_whose_first_booking_failed_still_pays_its_pledge_when_retried()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var email = $"{Guid.NewGuid():N}@example.org";
        var donor = await Http.ReadAsync<JsonElement>(
            await Http.PostAsync(fixture.Staff, "/api/v1/donors", new { firstName = "Ada", lastName = "Lovelace", email, classYear = 1928 }), HttpStatusCode.Created);
        var firstDue = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var pledge = await Http.ReadAsync<JsonElement>(
            await Http.PostAsync(fixture.Staff, "/api/v1/pledges", new
            {
                donorId = donor.GetProperty("id").GetGuid(), campaignId = campaign.Id, amount = 4_500, currency = "EUR",
                installmentCount = 3, frequency = "monthly", firstDueOn = firstDue,
            }),
            HttpStatusCode.Created);
        var pledgeId = pledge.GetProperty("id").GetGuid();

        await using (await DatabaseFault.FailInsertsAsync(fixture.Server.Database.ConnectionString, "ledger_entries", $"NEW.pledge_id = '{pledgeId}'"))
        {
            var paying = await fixture.CheckoutAsync(campaign, 4_500, email: email, pledgeId: pledgeId);
            await fixture.Emulator.Control.CompleteCheckoutAsync(paying.SessionId);
            await Eventually.TrueAsync(
                async () => await fixture.ScalarAsync<long>("SELECT count(*) FROM stripe_events WHERE attempts > 0 AND processed_at IS NULL AND payload::text LIKE @pledge", ("pledge", $"%{pledgeId}%")) > 0,
                "the processor to fail booking the payment at least once");
        }

        await fixture.SettledAsync();

        var paid = await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/pledges/{pledgeId}");
        Assert.Equal(("fulfilled", 4_500L), (paid.GetProperty("status").GetString(), paid.GetProperty("paidAmount").GetInt64()));
        var gift = Assert.Single(await fixture.CampaignGiftsAsync(campaign.Id));
        Assert.Equal(pledgeId, gift.GetProperty("pledgeId").GetGuid());
        Assert.Equal(4_500, await fixture.RaisedAsync(campaign.Id));
    }
}
