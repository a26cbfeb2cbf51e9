using System.Text.Json;
using GiveBack.Domain.Security;
using GiveBack.Testing;
using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Playwright;

namespace GiveBack.Payments.Tests;

/// <summary>
/// A donor asks for their receipt again: a gift officer presses "Resend receipt" on the thank-you in the donor's
/// timeline (Debian's Chromium, the real workspace), and the outreach dispatcher sends it again through the Email plugin
/// to the real SMTP server, with the same receipt attached. The page only queues it.
/// </summary>
[Collection(OnlineGivingGroup.Name)]
public sealed class DonorPageReceiptTests(OnlineGivingFixture fixture)
{
    [Fact]
    public async Task A_gift_officer_resends_a_receipt_from_the_donor_page_and_the_donor_receives_it_a_second_time()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var email = $"{Guid.NewGuid():N}@example.org";
        var checkout = await fixture.CheckoutAsync(campaign, 4_200, email: email);
        await fixture.Emulator.Control.CompleteCheckoutAsync(checkout.SessionId);
        await fixture.SettledAsync();
        var gift = Assert.Single(await fixture.CampaignGiftsAsync(campaign.Id));
        var donorId = gift.GetProperty("donorId").GetGuid();
        var receipt = await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/gifts/{gift.GetProperty("id").GetGuid()}/receipt");
        var receiptNumber = receipt.GetProperty("number").GetString()!;
        await Http.SettledOutreachAsync(fixture.Staff, donorId, "thank-you");
        var first = Assert.Single(fixture.Smtp.MessagesTo(email));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await StaffSession.OpenAsAsync(browser, fixture.Server, Roles.GiftOfficer, $"donors/{donorId}");
        var resend = page.Locator("#timeline-table .resend-receipt");
        await Assertions.Expect(resend).ToHaveCountAsync(1);
        await resend.ClickAsync();
        await Assertions.Expect(page.Locator("#timeline-notice")).ToHaveTextAsync("The receipt is queued to be sent again.");

        var mails = await Eventually.MatchesAsync(
            () => Task.FromResult(fixture.Smtp.MessagesTo(email)), m => m.Count == 2, $"the receipt to reach {email} a second time");
        Assert.Equal(first.Subject, mails[1].Subject);
        Assert.Contains(receiptNumber, ReceiptPdfText.Of(await ReceiptPdfText.AttachmentAsync(mails[1], receiptNumber)), StringComparison.Ordinal);
        Assert.Equal("sent", (await Http.SettledOutreachAsync(fixture.Staff, donorId, "thank-you")).Status);
    }
}
