using GiveBack.Testing;
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
        var campaign = await fixture.CreateCampaignAsync();
        var email = $"{Guid.NewGuid():N}@example.org";
        var checkout = await fixture.CheckoutAsync(campaign, 2_600, email: email);
        await fixture.Emulator.Control.CompleteCheckoutAsync(checkout.SessionId);
        await fixture.SettledAsync();
        var donorId = Assert.Single(await fixture.CampaignGiftsAsync(campaign.Id)).GetProperty("donorId").GetGuid();
        var thanks = await Http.SettledOutreachAsync(fixture.Staff, donorId, "thank-you");
        Assert.Equal("sent", thanks.Status);
        var first = Assert.Single(fixture.Smtp.MessagesTo(email));

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
        var mails = await Eventually.MatchesAsync(
            () => Task.FromResult(fixture.Smtp.MessagesTo(email)),
            m => m.Count == 2,
            "the resent thank-you to reach the SMTP server");
        Assert.Equal(first.Subject, mails[1].Subject);
        Assert.NotEqual(first.MessageId, mails[1].MessageId);
        var resent = Assert.Single(await Http.OutreachAsync(fixture.Staff, donorId, "thank-you"));
        Assert.Equal("sent", resent.Status);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#outreach-table tbody tr .outreach-status")).ToHaveTextAsync("Sent");
    }
}
