using System.Net;
using System.Text.Json;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Testing;
using GiveBack.Testing.Host;
using MimeKit;
using Stripe;

namespace GiveBack.Payments.Tests;

/// <summary>
/// Webhook → payment grain → ledger → receipts → outreach → SMTP: a receipt follows what stands of a payment. A refund
/// or a lost dispute voids it (the row and its number stay), a new number is issued for what stands, and the donor is
/// sent the replacement; money that did not stay is neither receipted nor thanked.
/// </summary>
[Collection(OnlineGivingGroup.Name)]
public sealed class ReceiptRefundTests(OnlineGivingFixture fixture)
{
    [Fact]
    public async Task A_partial_refund_voids_the_receipt_and_sends_a_replacement_for_what_stands_and_a_replayed_refund_changes_nothing()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var email = $"{Guid.NewGuid():N}@example.org";
        var (intentId, first) = await PaidAndThankedAsync(campaign, 12_000, email);

        await new RefundService(fixture.Stripe).CreateAsync(new RefundCreateOptions { PaymentIntent = intentId, Amount = 3_000 });
        await fixture.SettledAsync();
        await fixture.Emulator.Control.ResendEventAsync((await new EventService(fixture.Stripe).ListAsync(new EventListOptions { Type = "charge.refunded", Limit = 1 })).Data[0].Id);
        await fixture.SettledAsync();

        var voided = await ReceiptAsync(first.GiftId);
        var standing = Assert.Single(await StandingGiftsAsync(campaign));
        Assert.Equal(9_000, standing.GetProperty("amount").GetInt64());
        var replacement = await ReceiptAsync(standing.GetProperty("id").GetGuid());
        Assert.Equal(("voided", first.Number), (voided.GetProperty("status").GetString(), voided.GetProperty("number").GetString()));
        Assert.Equal("Partially refunded: €30.00 of €120.00 returned", voided.GetProperty("voidReason").GetString());
        Assert.NotEqual(JsonValueKind.Null, voided.GetProperty("voidedAt").ValueKind);
        var replacementNumber = replacement.GetProperty("number").GetString()!;
        Assert.NotEqual(first.Number, replacementNumber);
        Assert.Equal(replacementNumber, voided.GetProperty("replacedBy").GetString());
        Assert.Equal(("issued", first.Number), (replacement.GetProperty("status").GetString(), replacement.GetProperty("replaces").GetString()));
        Assert.Equal(2L, await ReceiptCountAsync(campaign));
        await AssertNumberingGapFreeAsync(first.FiscalYear);

        var sent = await Http.SettledOutreachAsync(fixture.Staff, first.DonorId, "receipt-replacement");
        Assert.Equal(("sent", standing.GetProperty("id").GetGuid().ToString()), (sent.Status, sent.Reference));
        Assert.Single(await Http.OutreachAsync(fixture.Staff, first.DonorId, "thank-you"));
        var mails = fixture.Smtp.MessagesTo(email);
        Assert.Equal(2, mails.Count);
        var mail = mails.Single(m => m.Subject == $"Your replacement receipt {replacementNumber}");
        Assert.Contains($"Receipt {first.Number} is therefore void", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"Your replacement receipt, number {replacementNumber}, for the €90.00 that remains your gift, is attached.", mail.TextBody, StringComparison.Ordinal);
        var attached = await AttachedPdfAsync(mail, replacementNumber);
        Assert.Contains($"Replaces receipt / Remplace le re", attached, StringComparison.Ordinal);
        Assert.Contains(first.Number, attached, StringComparison.Ordinal);
        Assert.Contains("90.00", attached, StringComparison.Ordinal);

        var voidedPdf = await PdfAsync(first.GiftId);
        Assert.Contains("VOID / ANNUL", voidedPdf, StringComparison.Ordinal);
        Assert.Contains($"Replaced by receipt / Remplac", voidedPdf, StringComparison.Ordinal);
        Assert.Contains(replacementNumber, voidedPdf, StringComparison.Ordinal);
        Assert.DoesNotContain("VOID", await PdfAsync(standing.GetProperty("id").GetGuid()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_full_refund_voids_the_receipt_and_issues_no_replacement_nor_any_message()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var email = $"{Guid.NewGuid():N}@example.org";
        var (intentId, first) = await PaidAndThankedAsync(campaign, 5_500, email);

        await new RefundService(fixture.Stripe).CreateAsync(new RefundCreateOptions { PaymentIntent = intentId });
        await fixture.SettledAsync();

        var voided = await ReceiptAsync(first.GiftId);
        Assert.Equal(("voided", "Refunded"), (voided.GetProperty("status").GetString(), voided.GetProperty("voidReason").GetString()));
        Assert.Equal(JsonValueKind.Null, voided.GetProperty("replacedBy").ValueKind);
        Assert.Empty(await StandingGiftsAsync(campaign));
        Assert.Equal(1L, await ReceiptCountAsync(campaign));
        Assert.Empty(await Http.OutreachAsync(fixture.Staff, first.DonorId, "receipt-replacement"));
        Assert.Single(fixture.Smtp.MessagesTo(email));
        var pdf = await PdfAsync(first.GiftId);
        Assert.Contains("VOID / ANNUL", pdf, StringComparison.Ordinal);
        Assert.Contains("Not replaced: nothing of this gift stands.", pdf, StringComparison.Ordinal);
        await AssertNumberingGapFreeAsync(first.FiscalYear);
    }

    [Fact]
    public async Task A_lost_dispute_voids_the_receipt()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var (intentId, first) = await PaidAndThankedAsync(campaign, 4_400, $"{Guid.NewGuid():N}@example.org");
        var chargeId = (await new PaymentIntentService(fixture.Stripe).GetAsync(intentId)).LatestChargeId;

        var dispute = await fixture.Emulator.Control.OpenDisputeAsync(chargeId);
        await fixture.SettledAsync();
        Assert.Equal("issued", (await ReceiptAsync(first.GiftId)).GetProperty("status").GetString());
        await fixture.Emulator.Control.CloseDisputeAsync((string)dispute["id"]!, won: false);
        await fixture.SettledAsync();

        var voided = await ReceiptAsync(first.GiftId);
        Assert.Equal(("voided", "Dispute lost"), (voided.GetProperty("status").GetString(), voided.GetProperty("voidReason").GetString()));
        Assert.Equal(1L, await ReceiptCountAsync(campaign));
    }

    [Fact]
    public async Task A_payment_already_refunded_when_first_seen_gets_no_receipt_and_no_thank_you()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var email = $"{Guid.NewGuid():N}@example.org";
        var checkout = await fixture.CheckoutAsync(campaign, 6_600, email: email);

        await fixture.Emulator.Control.PauseDeliveryAsync();
        await fixture.Emulator.Control.CompleteCheckoutAsync(checkout.SessionId);
        var intentId = (await new global::Stripe.Checkout.SessionService(fixture.Stripe).GetAsync(checkout.SessionId)).PaymentIntentId;
        await new RefundService(fixture.Stripe).CreateAsync(new RefundCreateOptions { PaymentIntent = intentId });
        await fixture.Emulator.Control.ResumeDeliveryAsync(reverse: true);
        await fixture.SettledAsync();

        var gift = Assert.Single(await fixture.CampaignGiftsAsync(campaign.Id), g => g.GetProperty("kind").GetString() == "gift");
        Assert.Equal("Refunded", await fixture.ScalarAsync<string>("SELECT status FROM stripe_payments WHERE key = @key", ("key", intentId!)));
        Assert.Equal(0L, await ReceiptCountAsync(campaign));
        await Http.ProblemAsync(await fixture.Staff.GetAsync($"/api/v1/gifts/{gift.GetProperty("id").GetGuid()}/receipt"), HttpStatusCode.NotFound);

        // Everything is queued while the events are processed, so after they are, nothing can be queued any more.
        Assert.Empty(await Http.OutreachAsync(fixture.Staff, gift.GetProperty("donorId").GetGuid()));
        Assert.Empty(fixture.Smtp.MessagesTo(email));
    }

    [Fact]
    public async Task A_refund_before_the_thank_you_went_out_withdraws_it_and_the_donor_is_thanked_once_for_what_stands()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var email = $"{Guid.NewGuid():N}@example.org";
        var checkout = await fixture.CheckoutAsync(campaign, 8_800, email: email);
        Guid firstGiftId, donorId;
        await fixture.Smtp.StopAsync();
        try
        {
            await fixture.Emulator.Control.CompleteCheckoutAsync(checkout.SessionId);
            var intentId = (await new global::Stripe.Checkout.SessionService(fixture.Stripe).GetAsync(checkout.SessionId)).PaymentIntentId;
            await fixture.SettledAsync();
            var gift = Assert.Single(await fixture.CampaignGiftsAsync(campaign.Id));
            (firstGiftId, donorId) = (gift.GetProperty("id").GetGuid(), gift.GetProperty("donorId").GetGuid());

            // The first attempt failed and the next one is a minute away: no channel has the thank-you.
            await Eventually.MatchesAsync(
                () => Http.OutreachAsync(fixture.Staff, donorId, "thank-you"),
                messages => messages.Count == 1 && messages[0].Status == "failed",
                "the thank-you to fail while the SMTP server is down");
            await new RefundService(fixture.Stripe).CreateAsync(new RefundCreateOptions { PaymentIntent = intentId, Amount = 2_200 });
            await fixture.SettledAsync();
        }
        finally
        {
            await fixture.Smtp.RestartAsync();
        }

        var standingId = Assert.Single(await StandingGiftsAsync(campaign)).GetProperty("id").GetGuid();
        var thanks = await Http.OutreachAsync(fixture.Staff, donorId, "thank-you");
        Assert.Equal("withdrawn", Assert.Single(thanks, m => m.Reference == firstGiftId.ToString()).Status);
        var current = await Eventually.MatchesAsync(
            async () => Assert.Single(await Http.OutreachAsync(fixture.Staff, donorId, "thank-you"), m => m.Reference == standingId.ToString()),
            message => message.Status is "failed" or "sent",
            "the thank-you for what stands to be tried");
        if (current.Status == "failed")
        {
            // Sent now rather than after the backoff.
            OnlineGivingFixture.AssertStatus(await fixture.Staff.PostAsync($"/api/v1/outreach/{current.Id}/resend", null), HttpStatusCode.Accepted);
        }

        await Eventually.MatchesAsync(
            async () => Assert.Single(await Http.OutreachAsync(fixture.Staff, donorId, "thank-you"), m => m.Reference == standingId.ToString()),
            message => message.Status == "sent",
            "the thank-you for what stands to be sent");
        var receipt = await ReceiptAsync(standingId);
        var mail = Assert.Single(fixture.Smtp.MessagesTo(email));
        Assert.Contains($"Thank you for your gift of €66.00 to {campaign.Name}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(receipt.GetProperty("number").GetString()!, await AttachedPdfAsync(mail, receipt.GetProperty("number").GetString()!), StringComparison.Ordinal);
        Assert.Equal("voided", (await ReceiptAsync(firstGiftId)).GetProperty("status").GetString());
        Assert.Empty(await Http.OutreachAsync(fixture.Staff, donorId, "receipt-replacement"));
    }

    private async Task<(string IntentId, Receipted Receipt)> PaidAndThankedAsync(CampaignResponse campaign, long amount, string email)
    {
        var checkout = await fixture.CheckoutAsync(campaign, amount, email: email);
        await fixture.Emulator.Control.CompleteCheckoutAsync(checkout.SessionId);
        var intentId = (await new global::Stripe.Checkout.SessionService(fixture.Stripe).GetAsync(checkout.SessionId)).PaymentIntentId;
        await fixture.SettledAsync();
        var gift = Assert.Single(await fixture.CampaignGiftsAsync(campaign.Id));
        var giftId = gift.GetProperty("id").GetGuid();
        var donorId = gift.GetProperty("donorId").GetGuid();

        // The donor holds the first receipt before the money moves back.
        Assert.Equal("sent", (await Http.SettledOutreachAsync(fixture.Staff, donorId, "thank-you")).Status);
        var receipt = await ReceiptAsync(giftId);
        Assert.Equal(("issued", JsonValueKind.Null), (receipt.GetProperty("status").GetString(), receipt.GetProperty("replaces").ValueKind));
        return (intentId, new Receipted(giftId, donorId, receipt.GetProperty("number").GetString()!, receipt.GetProperty("fiscalYear").GetInt32()));
    }

    private async Task<List<JsonElement>> StandingGiftsAsync(CampaignResponse campaign) =>
        [.. (await fixture.CampaignGiftsAsync(campaign.Id))
            .Where(g => g.GetProperty("kind").GetString() == "gift" && g.GetProperty("reversedBy").ValueKind == JsonValueKind.Null)];

    private Task<JsonElement> ReceiptAsync(Guid giftId) => Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/gifts/{giftId}/receipt");

    private Task<long> ReceiptCountAsync(CampaignResponse campaign) =>
        fixture.ScalarAsync<long>("SELECT count(*) FROM receipts r JOIN ledger_entries g ON g.id = r.gift_id WHERE g.campaign_id = @c", ("c", campaign.Id));

    /// <summary>Every number of the year was used once, voided ones included: the counter equals the rows and the highest sequence.</summary>
    private async Task AssertNumberingGapFreeAsync(int fiscalYear)
    {
        var counter = await fixture.ScalarAsync<long>("SELECT last_sequence FROM receipt_counters WHERE fiscal_year = @y", ("y", fiscalYear));
        Assert.Equal(counter, await fixture.ScalarAsync<long>("SELECT count(*) FROM receipts WHERE fiscal_year = @y", ("y", fiscalYear)));
        Assert.Equal(counter, await fixture.ScalarAsync<long>("SELECT max(sequence) FROM receipts WHERE fiscal_year = @y", ("y", fiscalYear)));
    }

    private async Task<string> PdfAsync(Guid giftId)
    {
        using var response = await fixture.Staff.GetAsync($"/api/v1/gifts/{giftId}/receipt.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ReceiptPdfText.Of(await response.Content.ReadAsByteArrayAsync());
    }

    private static async Task<string> AttachedPdfAsync(MimeMessage mail, string receiptNumber) =>
        ReceiptPdfText.Of(await ReceiptPdfText.AttachmentAsync(mail, receiptNumber));

    private sealed record Receipted(Guid GiftId, Guid DonorId, string Number, int FiscalYear);
}
