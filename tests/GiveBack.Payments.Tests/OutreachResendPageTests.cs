using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Playwright;

namespace GiveBack.Payments.Tests;

/// <summary>
/// Resend on the outreach page, end to end: a thank-you that reached the SMTP server (the aiosmtpd sink, through the
/// Email plugin loaded from disk) is resent from the page, and the dispatcher hands it to the SMTP server a second time.
/// </summary>
[Collection(OnlineGivingGroup.Name)]
public sealed class OutreachResendPageTests(OnlineGivingFixture fixture)
{
    [Fact]
    public async Task A_thank_you_resent_from_the_outreach_page_reaches_the_smtp_server_again()
    {
        var (email, _, donorId, first) = await fixture.ThankedGiftAsync(2_600);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await StaffSession.OpenAsAdministratorAsync(browser, fixture.Server, $"outreach?donor={donorId}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Outreach");
        var row = page.Locator("#outreach-table tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Ada Lovelace");
        await Assertions.Expect(row.Locator(".outreach-status")).ToHaveTextAsync("Sent");

        await row.Locator(".outreach-resend").ClickAsync();
        await Assertions.Expect(page.Locator("#outreach-message")).ToHaveTextAsync("The message is back in the queue; the dispatcher sends it within moments.");

        // The same message, handed to the SMTP server a second time by the dispatcher.
        var mails = await fixture.MailsToAsync(email, 2);
        Assert.Equal(first.Subject, mails[1].Subject);
        Assert.NotEqual(first.MessageId, mails[1].MessageId);
        var resent = Assert.Single(await Http.OutreachAsync(fixture.Staff, donorId, "thank-you"));
        Assert.Equal("sent", resent.Status);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#outreach-table tbody tr .outreach-status")).ToHaveTextAsync("Sent");
    }
}
