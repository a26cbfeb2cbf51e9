using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Outreach.Endpoints;
using GiveBack.Testing.Host;
using MimeKit;

namespace GiveBack.Payments.Tests;

/// <summary>
/// Webhook → ledger → receipt → thank-you queued → dispatcher → Email plugin (from disk) → a real SMTP server: one
/// e-mail per gift, in the donor's language, with the amount, the receipt number and the receipt PDF attached.
/// </summary>
[Collection(OnlineGivingGroup.Name)]
public sealed class ThankYouEmailTests(OnlineGivingFixture fixture)
{
    [Fact]
    public async Task A_gift_paid_online_gets_one_thank_you_email_with_the_amount_the_receipt_number_and_the_receipt_pdf_and_a_replayed_webhook_sends_nothing_more()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var email = $"{Guid.NewGuid():N}@example.org";
        var checkout = await fixture.CheckoutAsync(campaign, 2_500, email: email);
        await fixture.Emulator.Control.CompleteCheckoutAsync(checkout.SessionId);
        await fixture.SettledAsync();
        var (giftId, donorId, receiptNumber) = await GiftAsync(campaign);

        var thanks = await SettledThankYouAsync(donorId);
        var mail = Assert.Single(fixture.Smtp.MessagesTo(email));

        Assert.Equal(("sent", "email", giftId.ToString()), (thanks.Status, thanks.Channel, thanks.Reference));
        Assert.Equal("Thank you for your gift, Ada", mail.Subject);
        Assert.Equal(thanks.Subject, mail.Subject);
        Assert.Equal(OnlineGivingFixture.Institution, Assert.Single(mail.From.Mailboxes).Name);
        Assert.Contains($"Thank you for your gift of €25.00 to {campaign.Name}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"Your receipt, number {receiptNumber}, is attached.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<strong>€25.00</strong>", mail.HtmlBody, StringComparison.Ordinal);
        await AssertReceiptAttachedAsync(mail, receiptNumber);
        await AssertThankedAsync(giftId);

        // The same signed event again, and the same payment under a new event id: the gift has its thank-you already.
        var intentId = (await new global::Stripe.Checkout.SessionService(fixture.Stripe).GetAsync(checkout.SessionId)).PaymentIntentId;
        var raw = (await fixture.RawEventsAsync("payment_intent.succeeded"))
            .Single(e => e.GetProperty("data").GetProperty("object").GetProperty("id").GetString() == intentId)
            .GetRawText();
        var renamed = JsonNode.Parse(raw)!;
        renamed["id"] = $"evt_replay_{Guid.NewGuid():N}";
        OnlineGivingFixture.AssertStatus(await fixture.PostWebhookAsync(raw), HttpStatusCode.OK);
        OnlineGivingFixture.AssertStatus(await fixture.PostWebhookAsync(renamed.ToJsonString()), HttpStatusCode.OK);
        await fixture.SettledAsync();

        Assert.Single(await Http.OutreachAsync(fixture.Staff, donorId, "thank-you"));
        Assert.Single(fixture.Smtp.MessagesTo(email));
    }

    [Fact]
    public async Task A_gift_made_on_the_french_giving_page_is_thanked_in_french_with_the_amount_written_the_french_way()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var email = $"{Guid.NewGuid():N}@example.org";
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Server.BaseAddress };
        using var page = await browser.PostAsync($"/give/{campaign.Slug}?lang=fr", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["amount"] = "other",
            ["otherAmount"] = "1234,5",
            ["frequency"] = "once",
            ["firstName"] = "Élodie",
            ["lastName"] = "Martin",
            ["email"] = email,
            ["classYear"] = "2009",
        }));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        await fixture.Emulator.Control.CompleteCheckoutAsync(page.Headers.Location!.Segments[^1]);
        await fixture.SettledAsync();
        var (giftId, donorId, receiptNumber) = await GiftAsync(campaign);

        var thanks = await SettledThankYouAsync(donorId);
        var mail = Assert.Single(fixture.Smtp.MessagesTo(email));

        Assert.Equal("sent", thanks.Status);
        Assert.Equal("Merci pour votre don, Élodie !", mail.Subject);
        var received = DateOnly.FromDateTime(DateTime.UtcNow).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR"));
        Assert.Contains("Merci pour votre don de 1\u202f234,50\u00a0€ à " + campaign.Name, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"Votre reçu n° {receiptNumber} est joint à ce message.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(received, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\">", mail.HtmlBody, StringComparison.Ordinal);
        await AssertReceiptAttachedAsync(mail, receiptNumber);
        await AssertThankedAsync(giftId);
    }

    [Fact]
    public async Task A_donor_who_opted_out_of_email_gets_no_thank_you_and_the_message_is_recorded_opted_out()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var email = $"{Guid.NewGuid():N}@example.org";
        var donor = await Http.ReadAsync<DonorResponse>(
            await Http.PostAsync(fixture.Staff, "/api/v1/donors", new { firstName = "Ada", lastName = "Lovelace", email, classYear = 2001, emailOptOut = true }),
            HttpStatusCode.Created);
        var checkout = await fixture.CheckoutAsync(campaign, 1_500, email: email);
        await fixture.Emulator.Control.CompleteCheckoutAsync(checkout.SessionId);
        await fixture.SettledAsync();
        var (giftId, donorId, _) = await GiftAsync(campaign);

        var thanks = await SettledThankYouAsync(donorId);

        Assert.Equal(donor.Id, donorId);
        Assert.Equal("opted-out", thanks.Status);
        Assert.Empty(fixture.Smtp.MessagesTo(email));
        var receipt = await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/gifts/{giftId}/receipt");
        Assert.Equal(JsonValueKind.Null, receipt.GetProperty("thankedAt").ValueKind);
    }

    private async Task<(Guid GiftId, Guid DonorId, string ReceiptNumber)> GiftAsync(CampaignResponse campaign)
    {
        var gift = Assert.Single(await fixture.CampaignGiftsAsync(campaign.Id));
        var giftId = gift.GetProperty("id").GetGuid();
        var receipt = await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/gifts/{giftId}/receipt");
        return (giftId, gift.GetProperty("donorId").GetGuid(), receipt.GetProperty("number").GetString()!);
    }

    private Task<OutreachMessageResponse> SettledThankYouAsync(Guid donorId) => Http.SettledOutreachAsync(fixture.Staff, donorId, "thank-you");

    private async Task AssertThankedAsync(Guid giftId)
    {
        var receipt = await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/gifts/{giftId}/receipt");
        Assert.NotEqual(JsonValueKind.Null, receipt.GetProperty("thankedAt").ValueKind);
    }

    private static async Task AssertReceiptAttachedAsync(MimeMessage mail, string receiptNumber)
    {
        var pdf = await ReceiptPdfText.AttachmentAsync(mail, receiptNumber);
        Assert.StartsWith("%PDF-1.4", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
        Assert.Contains(receiptNumber, ReceiptPdfText.Of(pdf), StringComparison.Ordinal);
    }
}
