using System.Text.Json;
using GiveBack.Domain.Security;
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
        var (email, giftId, donorId, first) = await fixture.ThankedGiftAsync(4_200);
        var receipt = await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/gifts/{giftId}/receipt");
        var receiptNumber = receipt.GetProperty("number").GetString()!;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await StaffSession.OpenAsAsync(browser, fixture.Server, Roles.GiftOfficer, $"donors/{donorId}");
        var resend = page.Locator("#timeline-table .resend-receipt");
        await Assertions.Expect(resend).ToHaveCountAsync(1);
        await resend.ClickAsync();
        await Assertions.Expect(page.Locator("#timeline-notice")).ToHaveTextAsync("The receipt is queued to be sent again.");

        var mails = await fixture.MailsToAsync(email, 2);
        Assert.Equal(first.Subject, mails[1].Subject);
        Assert.Contains(receiptNumber, ReceiptPdfText.Of(await ReceiptPdfText.AttachmentAsync(mails[1], receiptNumber)), StringComparison.Ordinal);
        Assert.Equal("sent", (await Http.SettledOutreachAsync(fixture.Staff, donorId, "thank-you")).Status);
    }
}
