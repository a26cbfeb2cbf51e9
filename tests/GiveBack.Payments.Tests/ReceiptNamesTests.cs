using System.Net;
using System.Text.Json;
using GiveBack.Testing.Host;

namespace GiveBack.Payments.Tests;

/// <summary>
/// Giving page → Checkout → webhook → ledger → receipt PDF, served by the API and attached to the thank-you e-mail:
/// names in any script read back from the PDF exactly as the donor wrote them, never as '?'.
/// </summary>
[Collection(OnlineGivingGroup.Name)]
public sealed class ReceiptNamesTests(OnlineGivingFixture fixture)
{
    [Theory]
    [InlineData("Łukasz", "Żółć", "Zofia Żółć")]
    [InlineData("芳", "王", "王芳")]
    public async Task A_name_outside_latin1_is_printed_as_written_on_the_receipt_pdf_and_on_its_emailed_copy(string firstName, string lastName, string honoured)
    {
        var campaign = await fixture.CreateCampaignAsync();
        var email = $"{Guid.NewGuid():N}@example.org";
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Server.BaseAddress };
        using var page = await browser.PostAsync($"/give/{campaign.Slug}?lang=en", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["amount"] = "other",
            ["otherAmount"] = "40",
            ["frequency"] = "once",
            ["tributeType"] = "honor",
            ["tributeName"] = honoured,
            ["firstName"] = firstName,
            ["lastName"] = lastName,
            ["email"] = email,
            ["classYear"] = "2009",
        }));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        await fixture.Emulator.Control.CompleteCheckoutAsync(page.Headers.Location!.Segments[^1]);
        await fixture.SettledAsync();
        var gift = Assert.Single(await fixture.CampaignGiftsAsync(campaign.Id));
        var giftId = gift.GetProperty("id").GetGuid();
        Assert.Equal("sent", (await Http.SettledOutreachAsync(fixture.Staff, gift.GetProperty("donorId").GetGuid(), "thank-you")).Status);
        var number = (await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/gifts/{giftId}/receipt")).GetProperty("number").GetString()!;

        using var served = await fixture.Staff.GetAsync($"/api/v1/gifts/{giftId}/receipt.pdf");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        var attached = await ReceiptPdfText.AttachmentAsync(Assert.Single(fixture.Smtp.MessagesTo(email)), number);
        foreach (var text in new[] { ReceiptPdfText.Of(await served.Content.ReadAsByteArrayAsync()), ReceiptPdfText.Of(attached) })
        {
            Assert.Contains($"Donor / Donateur: {firstName} {lastName}", text, StringComparison.Ordinal);
            Assert.Contains($"In honour of / En l'honneur de: {honoured}", text, StringComparison.Ordinal);
            Assert.Contains($"Receipt number / N° de reçu: {number}", text, StringComparison.Ordinal);
            // Who issues it, as a tax office asks: the institution, its address and number, and the US acknowledgment.
            Assert.Contains($"Issued by / Émis par: {OnlineGivingFixture.Institution}", text, StringComparison.Ordinal);
            Assert.Contains("Springfield", text, StringComparison.Ordinal);
            Assert.Contains($"Registration number / Numéro d'enregistrement: {OnlineGivingFixture.InstitutionRegistration}", text, StringComparison.Ordinal);
            Assert.Contains("No goods or services were provided in exchange for this contribution.", text, StringComparison.Ordinal);
            Assert.DoesNotContain("?", text, StringComparison.Ordinal);
        }
    }
}
