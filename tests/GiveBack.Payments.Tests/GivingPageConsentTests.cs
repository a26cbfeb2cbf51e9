using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Testing.Host;

namespace GiveBack.Payments.Tests;

/// <summary>
/// The giving page asks "keep me informed about news and appeals by e-mail" (unticked); the answer travels in the
/// Checkout Session's metadata through the Stripe emulator and its webhook, and is recorded on the donor once the gift
/// is paid: source <c>giving-page</c>, the payment as evidence, the date. A redelivered event records nothing twice,
/// and an unticked box never withdraws an earlier yes.
/// </summary>
[Collection(OnlineGivingGroup.Name)]
public sealed class GivingPageConsentTests(OnlineGivingFixture fixture)
{
    [Fact]
    public async Task A_ticked_box_on_a_paid_gift_records_consent_to_appeals_and_news_by_email_with_source_giving_page_and_date()
    {
        var campaign = await fixture.CreateCampaignAsync();
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Server.BaseAddress };
        var english = await browser.GetStringAsync($"/give/{campaign.Slug}");
        var french = await browser.GetStringAsync($"/give/{campaign.Slug}?lang=fr");
        var box = Regex.Match(english, "<input[^>]*id=\"keepInformed\"[^>]*>");
        Assert.True(box.Success, "the giving page has no keepInformed box");
        Assert.Contains("type=\"checkbox\"", box.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("checked", box.Value, StringComparison.Ordinal);
        Assert.Contains("Keep me informed about news and appeals by e-mail", english, StringComparison.Ordinal);
        Assert.Contains("Me tenir informé(e) des nouvelles et des appels aux dons par e-mail", WebUtility.HtmlDecode(french), StringComparison.Ordinal);

        var started = DateTimeOffset.UtcNow;
        var donorId = await GiveAsync(browser, campaign, $"{Guid.NewGuid():N}@example.org", keepInformed: true);

        var consents = await ConsentsAsync(donorId);
        var history = consents.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal([("email", "appeals", true, "giving-page"), ("email", "news", true, "giving-page")], history.Select(Answer));
        Assert.All(history, h => Assert.StartsWith("stripe:pi_", h.GetProperty("recordedBy").GetString(), StringComparison.Ordinal));
        Assert.All(history, h => Assert.InRange(h.GetProperty("recordedAt").GetDateTimeOffset(), started.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1)));
        var current = consents.GetProperty("current").EnumerateArray().ToDictionary(c => c.GetProperty("purpose").GetString()!);
        Assert.Equal((true, "giving-page"), (current["appeals"].GetProperty("granted").GetBoolean(), current["appeals"].GetProperty("source").GetString()));
        Assert.Equal("profile", current["events"].GetProperty("source").GetString());

        // The same payment's event delivered again: the answer is recorded once.
        var intentId = history[0].GetProperty("recordedBy").GetString()!["stripe:".Length..];
        var raw = (await fixture.RawEventsAsync("payment_intent.succeeded"))
            .Single(e => e.GetProperty("data").GetProperty("object").GetProperty("id").GetString() == intentId)
            .GetRawText();
        OnlineGivingFixture.AssertStatus(await fixture.PostWebhookAsync(raw), HttpStatusCode.OK);
        await fixture.SettledAsync();
        Assert.Equal(2, (await ConsentsAsync(donorId)).GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task An_unticked_box_records_no_consent_where_the_donor_never_answered_and_never_withdraws_an_earlier_yes()
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Server.BaseAddress };
        var email = $"{Guid.NewGuid():N}@example.org";
        var donorId = await GiveAsync(browser, await fixture.CreateCampaignAsync(), email, keepInformed: false);
        var first = (await ConsentsAsync(donorId)).GetProperty("history").EnumerateArray().Select(Answer).ToList();
        Assert.Equal([("email", "appeals", false, "giving-page"), ("email", "news", false, "giving-page")], first);

        using var put = await fixture.Staff.PutAsJsonAsync(
            $"/api/v1/donors/{donorId}/consents", new { consents = new[] { new { channel = "email", purpose = "appeals", granted = true } } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var again = await GiveAsync(browser, await fixture.CreateCampaignAsync(), email, keepInformed: false);

        Assert.Equal(donorId, again);
        var consents = await ConsentsAsync(donorId);
        Assert.Equal(3, consents.GetProperty("history").GetArrayLength());
        var appeals = consents.GetProperty("current").EnumerateArray().Single(c => c.GetProperty("purpose").GetString() == "appeals");
        Assert.Equal((true, "staff"), (appeals.GetProperty("granted").GetBoolean(), appeals.GetProperty("source").GetString()));
    }

    /// <summary>Posts the giving page's form as a browser does, pays through the emulator and returns the gift's donor.</summary>
    private async Task<Guid> GiveAsync(HttpClient browser, CampaignResponse campaign, string email, bool keepInformed)
    {
        var form = new Dictionary<string, string>
        {
            ["amount"] = "other",
            ["otherAmount"] = "40",
            ["frequency"] = "once",
            ["firstName"] = "Grace",
            ["lastName"] = "Hopper",
            ["email"] = email,
        };
        if (keepInformed)
        {
            form["keepInformed"] = "true";
        }

        using var response = await browser.PostAsync($"/give/{campaign.Slug}", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await fixture.Emulator.Control.CompleteCheckoutAsync(response.Headers.Location!.Segments[^1]);
        await fixture.SettledAsync();
        return Assert.Single(await fixture.CampaignGiftsAsync(campaign.Id)).GetProperty("donorId").GetGuid();
    }

    private Task<JsonElement> ConsentsAsync(Guid donorId) => Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/donors/{donorId}/consents");

    private static (string?, string?, bool, string?) Answer(JsonElement row) =>
        (row.GetProperty("channel").GetString(), row.GetProperty("purpose").GetString(), row.GetProperty("granted").GetBoolean(), row.GetProperty("source").GetString());
}
