using System.Net;
using System.Text.Json;
using GiveBack.Testing;
using GiveBack.Testing.Host;

namespace GiveBack.Payments.Tests;

/// <summary>
/// A giving-day ambassador's link taken all the way through Stripe (the emulator): the page's form posts to the link,
/// the Checkout Session carries the ambassador, and the gift booked from the webhook names them, is soft-credited to
/// them and counts in their figures.
/// </summary>
[Collection(OnlineGivingGroup.Name)]
public sealed class AmbassadorLinkGivingTests(OnlineGivingFixture fixture)
{
    [Fact]
    public async Task A_gift_made_through_an_ambassadors_link_is_booked_with_the_ambassador_and_counted_for_them()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var donor = await Http.CreateDonorAsync(fixture.Staff, firstName: "Amira", lastName: "Haddad");
        var ambassador = await Http.ReadAsync<JsonElement>(
            await Http.PostAsync(fixture.Staff, $"/api/v1/campaigns/{campaign.Id}/ambassadors", new { donorId = donor.Id, goalAmount = 50_000 }),
            HttpStatusCode.Created);
        var ambassadorId = ambassador.GetProperty("id").GetGuid();
        var path = new Uri(ambassador.GetProperty("link").GetString()!).AbsolutePath;

        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Server.BaseAddress };
        using (var page = await browser.GetAsync($"{path}?lang=en"))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("Amira supports this campaign", html, StringComparison.Ordinal);
            Assert.Contains($"action=\"{path}?lang=en\"", html, StringComparison.Ordinal);
        }

        using var response = await browser.PostAsync($"{path}?lang=en", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["amount"] = "other",
            ["otherAmount"] = "40",
            ["frequency"] = "once",
            ["tributeType"] = "none",
            ["firstName"] = "Lina",
            ["lastName"] = "Moreau",
            ["email"] = $"{Guid.NewGuid():N}@example.org",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var sessionId = response.Headers.Location!.Segments[^1];
        var session = await new global::Stripe.Checkout.SessionService(fixture.Stripe).GetAsync(sessionId);
        Assert.Equal(ambassadorId.ToString(), session.Metadata["giveback_ambassador_id"]);
        Assert.Contains($"{path}?cancelled=1", session.CancelUrl, StringComparison.Ordinal);

        await fixture.Emulator.Control.CompleteCheckoutAsync(sessionId);
        await fixture.SettledAsync();

        var gift = Assert.Single(await fixture.CampaignGiftsAsync(campaign.Id));
        Assert.Equal(ambassadorId, gift.GetProperty("ambassadorId").GetGuid());
        var giftId = gift.GetProperty("id").GetGuid();
        var credit = Assert.Single(await Eventually.MatchesAsync(
            () => Http.GetAsync<JsonElement[]>(fixture.Staff, $"/api/v1/gifts/{giftId}/soft-credits"),
            c => c.Length == 1,
            "the ambassador's soft credit"));
        Assert.Equal((donor.Id, 4_000L), (credit.GetProperty("donorId").GetGuid(), credit.GetProperty("amount").GetInt64()));
        var listed = Assert.Single(await Http.GetAsync<JsonElement[]>(fixture.Staff, $"/api/v1/campaigns/{campaign.Id}/ambassadors"));
        Assert.Equal((1L, 1, 4_000L), (listed.GetProperty("clicks").GetInt64(), listed.GetProperty("donors").GetInt32(), listed.GetProperty("amount").GetInt64()));
    }
}
