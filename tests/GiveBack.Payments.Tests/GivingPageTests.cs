using System.Net;
using System.Text.Json;
using GiveBack.Payments.GivingPage;
using GiveBack.Testing;
using GiveBack.Testing.Host;

namespace GiveBack.Payments.Tests;

[Collection(OnlineGivingGroup.Name)]
public sealed class GivingPageTests(OnlineGivingFixture fixture)
{
    [Fact]
    public async Task Fee_covered_by_the_donor_charges_the_gross_up_and_books_it_with_the_gift_as_net()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var charged = FeeGrossUp.Charge(10000, 2.9m, 30);
        Assert.Equal(10330, charged);

        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Server.BaseAddress };
        using var response = await browser.PostAsync($"/give/{campaign.Slug}?lang=fr", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["amount"] = "other",
            ["otherAmount"] = "100",
            ["frequency"] = "once",
            ["coverFee"] = "true",
            ["tributeType"] = "memory",
            ["tributeName"] = "Jeanne Dupont",
            ["firstName"] = "Camille",
            ["lastName"] = "Martin",
            ["email"] = $"{Guid.NewGuid():N}@example.org",
            ["classYear"] = "2009",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var sessionId = response.Headers.Location!.Segments[^1];
        var session = await new global::Stripe.Checkout.SessionService(fixture.Stripe).GetAsync(sessionId);
        Assert.Equal(charged, session.AmountTotal);
        Assert.Equal("eur", session.Currency);
        Assert.Equal("fr", session.Locale);

        await fixture.Emulator.Control.CompleteCheckoutAsync(sessionId);
        await fixture.SettledAsync();

        var gift = Assert.Single(await fixture.CampaignGiftsAsync(campaign.Id));
        Assert.Equal(charged, gift.GetProperty("amount").GetInt64());
        Assert.Equal(10000, gift.GetProperty("netAmount").GetInt64());
        Assert.Equal(330, gift.GetProperty("feeAmount").GetInt64());
        Assert.Equal(2009, gift.GetProperty("classYear").GetInt32());
        Assert.Equal("memory", gift.GetProperty("tribute").GetProperty("type").GetString());
        var giftId = gift.GetProperty("id").GetGuid();

        // Thanked once the thank-you e-mail was accepted by the SMTP server (see ThankYouEmailTests).
        var receipt = await Eventually.MatchesAsync(
            () => Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/gifts/{giftId}/receipt"),
            r => r.GetProperty("thankedAt").ValueKind != JsonValueKind.Null,
            "the receipt to be marked thanked");
        Assert.Matches(@"^\d{4}-\d{6}$", receipt.GetProperty("number").GetString());
        using var pdf = await fixture.Staff.GetAsync($"/api/v1/gifts/{giftId}/receipt.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF-1.4", System.Text.Encoding.ASCII.GetString(bytes, 0, 8), StringComparison.Ordinal);
        Assert.Contains(receipt.GetProperty("number").GetString()!, ReceiptPdfText.Of(bytes), StringComparison.Ordinal);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var report = await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/reports/reconciliation?from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}");
        var line = report.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("ledgerEntryId").ValueKind != JsonValueKind.Null && l.GetProperty("ledgerEntryId").GetGuid() == giftId);
        Assert.Equal(JsonValueKind.Null, line.GetProperty("issue").ValueKind);
        Assert.Equal(330, line.GetProperty("processorFee").GetInt64());
    }

    [Fact]
    public async Task Amount_outside_the_bounds_is_refused_on_the_page_and_nothing_is_sent_to_stripe()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var sessionsBefore = (await fixture.Emulator.Control.GetObjectsAsync("checkout.session")).Count;
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Server.BaseAddress };

        using var response = await browser.PostAsync($"/give/{campaign.Slug}?lang=en", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["amount"] = "other",
            ["otherAmount"] = "1",
            ["firstName"] = "Camille",
            ["lastName"] = "Martin",
            ["email"] = "not-an-email",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"amount-error\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"email-error\"", page, StringComparison.Ordinal);
        Assert.Equal(sessionsBefore, (await fixture.Emulator.Control.GetObjectsAsync("checkout.session")).Count);
    }

    [Fact]
    public async Task Page_speaks_french_from_accept_language_and_unknown_slug_is_404()
    {
        var campaign = await fixture.CreateCampaignAsync();
        using var browser = new HttpClient { BaseAddress = fixture.Server.BaseAddress };
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-CA,fr;q=0.9,en;q=0.5");

        var page = await browser.GetStringAsync($"/give/{campaign.Slug}");
        Assert.Contains("<html lang=\"fr\">", page, StringComparison.Ordinal);
        Assert.Contains("Continuer vers le paiement", page, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", page, StringComparison.Ordinal);
        using var missing = await browser.GetAsync("/give/no-such-campaign");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
