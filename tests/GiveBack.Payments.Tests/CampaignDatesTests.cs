using System.Net;
using System.Text.Json;
using GiveBack.Testing.Host;

namespace GiveBack.Payments.Tests;

/// <summary>
/// Online money and the campaign's dates: the giving page takes nothing outside them, and a monthly gift paid after its
/// campaign closed is still booked (never lost) but flagged for staff when no fallback campaign is configured (this
/// host has none; <see cref="ClosedCampaignFallbackTests"/> has one).
/// </summary>
[Collection(OnlineGivingGroup.Name)]
public sealed class CampaignDatesTests(OnlineGivingFixture fixture)
{
    [Fact]
    public async Task Giving_page_of_a_campaign_past_its_end_says_it_is_closed_and_starts_no_checkout()
    {
        var endsOn = OnlineGivingFixture.Today.AddDays(-1);
        var campaign = await fixture.CreateCampaignAsync(endsOn: endsOn);

        await AssertClosedAsync(campaign.Slug, "campaign-closed");
        using var browser = new HttpClient { BaseAddress = fixture.Server.BaseAddress };
        var french = WebUtility.HtmlDecode(await browser.GetStringAsync($"/give/{campaign.Slug}?lang=fr"));
        Assert.Contains("Campagne terminée", french, StringComparison.Ordinal);
        Assert.Contains(endsOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")), french, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Giving_page_before_the_campaign_starts_says_when_it_opens_and_starts_no_checkout()
    {
        var startsOn = OnlineGivingFixture.Today.AddDays(10);
        var campaign = await fixture.CreateCampaignAsync(startsOn: startsOn, endsOn: startsOn.AddDays(30));

        var page = await AssertClosedAsync(campaign.Slug, "campaign-not-open");
        Assert.Contains(startsOn.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-US")), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Monthly_payment_after_the_campaign_closed_is_booked_to_it_and_flagged_for_staff()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var checkout = await fixture.CheckoutAsync(campaign, 1500, monthly: true);
        var subscriptionId = (string)(await fixture.Emulator.Control.CompleteCheckoutAsync(checkout.SessionId))["subscription"]!;
        await fixture.SettledAsync();
        await CloseAsync(fixture, campaign.Id);

        await fixture.Emulator.Control.AdvanceSubscriptionAsync(subscriptionId);
        await fixture.SettledAsync();

        Assert.Equal(2, (await fixture.CampaignGiftsAsync(campaign.Id)).Length);
        Assert.Equal(3000, await fixture.RaisedAsync(campaign.Id));
        var flagged = await Http.GetAsync<JsonElement>(fixture.Staff, "/api/v1/recurring-gifts?needsAttention=true&limit=200");
        var summary = flagged.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("subscriptionId").GetString() == subscriptionId);
        Assert.True(summary.GetProperty("needsAttention").GetBoolean());
        var gift = await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/recurring-gifts/{summary.GetProperty("id").GetGuid()}");
        var paid = gift.GetProperty("charges").EnumerateArray().Where(c => c.GetProperty("outcome").GetString() == "paid").ToList();
        Assert.Equal(2, paid.Count);
        Assert.All(paid, c => Assert.Equal(campaign.Id, c.GetProperty("campaignId").GetGuid()));
        Assert.False(paid[0].GetProperty("needsAttention").GetBoolean());
        Assert.True(paid[1].GetProperty("needsAttention").GetBoolean());
        Assert.Contains("Payments:ClosedCampaignFallback", paid[1].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Moves the campaign's end to yesterday, as staff closing it early would.</summary>
    internal static async Task CloseAsync(OnlineGivingFixture fixture, Guid campaignId)
    {
        using var response = await fixture.Staff.PatchAsync(
            $"/api/v1/campaigns/{campaignId}",
            System.Net.Http.Json.JsonContent.Create(new { endsOn = OnlineGivingFixture.Today.AddDays(-1) }));
        await Http.ReadAsync<JsonElement>(response, HttpStatusCode.OK);
    }

    /// <summary>GET shows the state and no form; a complete, valid POST is refused with 409 and reaches no Stripe API.</summary>
    private async Task<string> AssertClosedAsync(string slug, string state)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Server.BaseAddress };
        using var shown = await browser.GetAsync($"/give/{slug}?lang=en");
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        var page = await shown.Content.ReadAsStringAsync();
        Assert.Contains($"id=\"{state}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"firstName\"", page, StringComparison.Ordinal);

        var sessionsBefore = (await fixture.Emulator.Control.GetObjectsAsync("checkout.session")).Count;
        using var submitted = await browser.PostAsync($"/give/{slug}?lang=en", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["amount"] = "other",
            ["otherAmount"] = "50",
            ["frequency"] = "monthly",
            ["firstName"] = "Camille",
            ["lastName"] = "Martin",
            ["email"] = $"{Guid.NewGuid():N}@example.org",
        }));
        Assert.Equal(HttpStatusCode.Conflict, submitted.StatusCode);
        Assert.Contains($"id=\"{state}\"", await submitted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(sessionsBefore, (await fixture.Emulator.Control.GetObjectsAsync("checkout.session")).Count);
        return page;
    }
}
