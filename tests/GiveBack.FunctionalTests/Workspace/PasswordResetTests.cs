using System.Text.RegularExpressions;
using GiveBack.Domain.Security;
using GiveBack.Ledger.Outreach;
using GiveBack.Outreach.Queue;
using GiveBack.Testing;
using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using GiveBack.Workspace.Components;
using GiveBack.Workspace.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GiveBack.FunctionalTests.Workspace;

/// <summary>
/// A forgotten password, end to end in Debian's Chromium: the page queues a message, the real outreach dispatcher mails
/// it through the Email plugin to a real SMTP server, and the link read from that mail sets a new password once.
/// </summary>
public sealed partial class PasswordResetTests(PasswordResetWorld world) : IClassFixture<PasswordResetWorld>
{
    [Fact]
    public async Task A_link_mailed_through_outreach_sets_a_new_password_once_and_ends_the_old_one()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var (email, password) = await StaffSession.CreateUserAsync(world.Server, Roles.Viewer);
        // A session open elsewhere before the reset, which the reset must end.
        var elsewhere = await StaffSession.OpenAsync(browser, Url("/"), email, password);
        await StaffSession.InteractiveAsync(elsewhere);
        // Locked out by failed attempts meanwhile: the reset lifts it.
        await LockOutAsync(email);

        var page = await StaffSession.NewPageAsync(browser);
        await page.GotoAsync(Url("/account/sign-in").ToString());
        await page.Locator("#forgot-password").ClickAsync();
        await PageAddress.ArrivedAtAsync(page, "/account/forgot-password");
        // Enhanced navigation changes the address before it swaps the page in, and the sign-in page has an #email too:
        // wait for this page's own button so the address is typed into this page's field.
        await Assertions.Expect(page.Locator("#send-reset-link")).ToBeVisibleAsync();
        await page.Locator("#email").FillAsync(email);
        await Assertions.Expect(page.Locator("#email")).ToHaveValueAsync(email);
        await page.Locator("#send-reset-link").ClickAsync();
        await Assertions.Expect(page.Locator("#reset-requested")).ToHaveTextAsync(WorkspaceTexts.English.ResetLinkOnItsWay);

        var mail = await world.MailToAsync(email);
        Assert.Equal("Reset your GiveBack password", mail.Subject);
        var link = ResetLink().Match(mail.TextBody!).Value;
        Assert.StartsWith(world.Server.BaseAddress.ToString(), link, StringComparison.Ordinal);
        Assert.Contains("/account/reset-password?user=", mail.HtmlBody, StringComparison.Ordinal);

        // The queued row is a staff message, sent, and holds nothing a password could be reset with.
        var token = Uri.UnescapeDataString(TokenOf().Match(link).Groups["token"].Value);
        Assert.True(token.Length > 20, $"the link carries a token: {link}");
        // The sink has the mail a moment before the dispatcher records the delivery.
        await Eventually.TrueAsync(
            async () => (await world.RowsToAsync(email)).SingleOrDefault()?.Status == OutreachStatuses.Sent, "the reset message recorded as sent");
        var row = Assert.Single(await world.RowsToAsync(email));
        Assert.Equal((OutreachRecipients.Staff, Guid.Empty, OutreachStatuses.Sent), (row.RecipientKind, row.DonorId, row.Status));
        Assert.DoesNotContain(token, row.Json, StringComparison.Ordinal);
        Assert.DoesNotContain(Uri.EscapeDataString(token), row.Json, StringComparison.Ordinal);
        Assert.DoesNotContain("reset-password", row.Json, StringComparison.Ordinal);

        // The password rules are said in the page; a refused password leaves the link usable.
        await page.GotoAsync(link);
        var newPassword = $"a new long passphrase {Guid.NewGuid():N}";
        await SetPasswordAsync(page, newPassword, newPassword + "x");
        await Assertions.Expect(page.Locator("#reset-error")).ToHaveTextAsync(WorkspaceTexts.English.PasswordsDoNotMatch);
        await SetPasswordAsync(page, "too short", "too short");
        await Assertions.Expect(page.Locator("#reset-error")).ToHaveTextAsync(WorkspaceTexts.English.PasswordTooShort(12));

        await SetPasswordAsync(page, newPassword, newPassword);
        await Assertions.Expect(page.Locator("#reset-done")).ToBeVisibleAsync();
        await page.Locator("#reset-sign-in").ClickAsync();
        await StaffSession.SignInAsync(page, email, newPassword);
        await StaffSession.InteractiveAsync(page);
        await Assertions.Expect(page.Locator("#signed-in-as")).ToContainTextAsync(email);

        // The session opened before the reset has ended.
        await elsewhere.GotoAsync(Url("/").ToString());
        await PageAddress.ArrivedAtAsync(elsewhere, "/account/sign-in");

        // The old password no longer opens the account.
        var old = await StaffSession.OpenAsync(browser, Url("/"), email, password);
        await Assertions.Expect(old.Locator("#sign-in-error")).ToHaveTextAsync(WorkspaceTexts.English.InvalidSignIn);

        // The link served once: used again, it is refused and points to a new one.
        var again = await StaffSession.NewPageAsync(browser);
        await again.GotoAsync(link);
        await SetPasswordAsync(again, $"yet another passphrase {Guid.NewGuid():N}", null);
        await Assertions.Expect(again.Locator("#reset-error")).ToHaveTextAsync(WorkspaceTexts.English.ResetLinkInvalid);
        await Assertions.Expect(again.Locator("#ask-new-link")).ToHaveAttributeAsync("href", StaffPasswordReset.RequestPath);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_mail_in_either_language()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var unknown = $"nobody-{Guid.NewGuid():N}@example.edu";
        var (known, _) = await StaffSession.CreateUserAsync(world.Server, Roles.Viewer);

        var unknownAnswer = await RequestAsync(browser, unknown);
        // Asked for after the unknown one: once its mail is in, the dispatcher has been past the unknown request too.
        var knownAnswer = await RequestAsync(browser, known);

        Assert.Equal(WorkspaceTexts.French.ResetLinkOnItsWay, unknownAnswer);
        Assert.Equal(unknownAnswer, knownAnswer);
        var mail = await world.MailToAsync(known);
        Assert.Equal("Réinitialisez votre mot de passe GiveBack", mail.Subject);
        Assert.Matches(ResetLink(), mail.TextBody!);
        Assert.Empty(world.Smtp.MessagesTo(unknown));
        Assert.Empty(await world.RowsToAsync(unknown));
    }

    /// <summary>Asks for a reset of <paramref name="email"/> in a French browser; the page's answer.</summary>
    private async Task<string> RequestAsync(IBrowser browser, string email)
    {
        var page = await StaffSession.NewPageAsync(browser, "fr-FR");
        await page.GotoAsync(Url(StaffPasswordReset.RequestPath).ToString());
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#send-reset-link").ClickAsync();
        var answer = page.Locator("#reset-requested");
        await Assertions.Expect(answer).ToBeVisibleAsync();
        return await answer.InnerTextAsync();
    }

    private static async Task SetPasswordAsync(IPage page, string password, string? confirmation)
    {
        await page.Locator("#new-password").FillAsync(password);
        await page.Locator("#confirm-password").FillAsync(confirmation ?? password);
        await page.Locator("#set-password").ClickAsync();
    }

    private async Task LockOutAsync(string email)
    {
        await using var scope = world.Server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"no account {email}");
        while (!await users.IsLockedOutAsync(user))
        {
            await users.AccessFailedAsync(user);
        }
    }

    private Uri Url(string path) => new(world.Server.BaseAddress, path);

    [GeneratedRegex(@"https?://\S+/account/reset-password\?\S+")]
    private static partial Regex ResetLink();

    [GeneratedRegex("[?&]token=(?<token>[^&]+)")]
    private static partial Regex TokenOf();
}
