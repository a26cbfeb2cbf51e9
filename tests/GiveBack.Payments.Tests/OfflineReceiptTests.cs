using System.Net;
using System.Text.Json;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Payments.Stripe.Receipts;
using GiveBack.Testing.Host;

namespace GiveBack.Payments.Tests;

/// <summary>
/// A cheque keyed in by staff → ledger → the offline receipt job (the real Quartz job) → receipt → thank-you e-mail with
/// the receipt PDF, as an online gift gets; a gift reversed before the job saw it gets nothing, one reversed after has
/// its receipt voided; running the job again sends nothing twice.
/// </summary>
[Collection(OnlineGivingGroup.Name)]
public sealed class OfflineReceiptTests(OnlineGivingFixture fixture)
{
    [Fact]
    public async Task A_cheque_keyed_in_is_receipted_and_thanked_once_and_a_reversal_voids_its_receipt()
    {
        // The job follows the ledger from its first run: what was booked before is not its to receipt.
        await fixture.Server.RunJobAsync(OfflineReceiptJob.Key);
        var campaign = await fixture.CreateCampaignAsync();
        var donor = await Http.CreateDonorAsync(fixture.Staff, firstName: "Hélène", lastName: "Garnier");
        var cheque = await Http.RecordGiftAsync(fixture.Staff, Http.Gift(donor.Id, campaign.Id, 12_500, receivedOn: Today()));
        var bounced = await Http.RecordGiftAsync(fixture.Staff, Http.Gift(donor.Id, campaign.Id, 3_000, receivedOn: Today()));
        await ReverseAsync(bounced.Id, "Cheque returned unpaid");

        await fixture.Server.RunJobAsync(OfflineReceiptJob.Key);

        var receipt = await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/gifts/{cheque.Id}/receipt");
        Assert.Equal("issued", receipt.GetProperty("status").GetString());
        var number = receipt.GetProperty("number").GetString()!;
        Assert.Equal("sent", (await Http.SettledOutreachAsync(fixture.Staff, donor.Id, ThankYouOutreach.Kind)).Status);
        var mail = Assert.Single(fixture.Smtp.MessagesTo(donor.Email!));
        var text = ReceiptPdfText.Of(await ReceiptPdfText.AttachmentAsync(mail, number));
        Assert.Contains($"Receipt number / N° de reçu: {number}", text, StringComparison.Ordinal);
        Assert.Contains("Hélène Garnier", text, StringComparison.Ordinal);
        Assert.Contains("125.00", text, StringComparison.Ordinal);
        Assert.Contains($"Issued by / Émis par: {OnlineGivingFixture.Institution}", text, StringComparison.Ordinal);
        // Reversed before the job saw it: no receipt was spent on it.
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Staff.GetAsync($"/api/v1/gifts/{bounced.Id}/receipt")).StatusCode);

        await fixture.Server.RunJobAsync(OfflineReceiptJob.Key);
        Assert.Single(fixture.Smtp.MessagesTo(donor.Email!));

        await ReverseAsync(cheque.Id, "Booked twice");
        await fixture.Server.RunJobAsync(OfflineReceiptJob.Key);
        var voided = await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/gifts/{cheque.Id}/receipt");
        Assert.Equal(("voided", "Reversed: Booked twice"), (voided.GetProperty("status").GetString(), voided.GetProperty("voidReason").GetString()));
    }

    private async Task ReverseAsync(Guid giftId, string reason) =>
        await Http.ReadAsync<GiftResponse>(await Http.PostAsync(fixture.Staff, $"/api/v1/gifts/{giftId}/reversals", new { reason }), HttpStatusCode.Created);

    private static string Today() => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
