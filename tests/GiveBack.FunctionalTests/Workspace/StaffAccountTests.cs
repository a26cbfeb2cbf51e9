using System.Security.Cryptography;
using GiveBack.Domain.Security;
using GiveBack.FunctionalTests.Support;
using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Playwright;

namespace GiveBack.FunctionalTests.Workspace;

/// <summary>
/// A member of staff's own account, in Debian's Chromium: two-factor sign-in turned on from the key the page shows
/// (the test is the authenticator app), then asked for at the next sign-in.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class StaffAccountTests(ServerFixture fixture)
{
    [Fact]
    public async Task Opening_the_security_page_leaves_the_persons_other_sessions_signed_in()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var (email, password) = await StaffSession.CreateUserAsync(fixture.Server, Roles.Viewer);
        var laptop = await StaffSession.OpenAsync(browser, new Uri(fixture.Server.BaseAddress, "/"), email, password);
        var phone = await StaffSession.OpenAsync(browser, new Uri(fixture.Server.BaseAddress, "/"), email, password);
        await StaffSession.InteractiveAsync(phone);

        await laptop.GotoAsync(new Uri(fixture.Server.BaseAddress, "/account/security").ToString());
        await Assertions.Expect(laptop.Locator("#authenticator-key")).ToBeVisibleAsync();

        // The page made an authenticator key to show; the phone's session (its cookie checked on every request) stands.
        await phone.GotoAsync(new Uri(fixture.Server.BaseAddress, "/donors").ToString());
        await Assertions.Expect(phone.Locator("h1")).ToHaveTextAsync("Donors");
        Assert.DoesNotContain("/account/sign-in", phone.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_factor_turned_on_in_the_page_asks_for_the_authenticator_code_at_the_next_sign_in()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var (email, password) = await StaffSession.CreateUserAsync(fixture.Server, Roles.Viewer);
        var page = await StaffSession.OpenAsync(browser, new Uri(fixture.Server.BaseAddress, "/"), email, password);
        await StaffSession.InteractiveAsync(page);

        // The security page is served outside the live circuit: the router first moves the address, then reloads. Waiting
        // for the address alone can catch the first step and then wait on a load event that belongs to neither document,
        // so the test waits for what only the security page shows.
        await page.Locator("#account-security").ClickAsync();
        await Assertions.Expect(page.Locator("#authenticator-key")).ToBeVisibleAsync();
        var key = (await page.Locator("#authenticator-key").InnerTextAsync()).Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Contains($"secret={key.ToUpperInvariant()}", await page.Locator("#authenticator-uri").InnerTextAsync(), StringComparison.Ordinal);

        // A wrong code leaves two-factor off.
        await page.Locator("#authenticator-code").FillAsync(WrongCode(key));
        await page.Locator("#two-factor-on").ClickAsync();
        await Assertions.Expect(page.Locator("#two-factor-error")).ToBeVisibleAsync();

        await page.Locator("#authenticator-code").FillAsync(Totp(key, DateTimeOffset.UtcNow));
        await page.Locator("#two-factor-on").ClickAsync();
        await Assertions.Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);
        var recoveryCode = (await page.Locator("#recovery-codes li").First.InnerTextAsync()).Trim();

        // Turning it on kept this session: the page still opens.
        await page.GotoAsync(new Uri(fixture.Server.BaseAddress, "/account/security").ToString());
        await Assertions.Expect(page.Locator("#two-factor-off")).ToBeVisibleAsync();

        await page.Locator("#sign-out").ClickAsync();
        await PageAddress.ArrivedAtAsync(page, "/account/sign-in");

        // The password alone now leads to the code step, and a wrong code is refused.
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("#sign-in").ClickAsync();
        await PageAddress.ArrivedAtAsync(page, "/account/two-factor");
        await page.Locator("#two-factor-code").FillAsync(WrongCode(key));
        await page.Locator("#verify-code").ClickAsync();
        await Assertions.Expect(page.Locator("#two-factor-error")).ToBeVisibleAsync();
        Assert.Contains("/account/two-factor", page.Url, StringComparison.Ordinal);

        await page.Locator("#two-factor-code").FillAsync(Totp(key, DateTimeOffset.UtcNow));
        await page.Locator("#verify-code").ClickAsync();
        await StaffSession.InteractiveAsync(page);
        await Assertions.Expect(page.Locator("#signed-in-as")).ToContainTextAsync(email);

        // A recovery code signs in once too.
        await page.Locator("#sign-out").ClickAsync();
        await StaffSession.SignInAsync(page, email, password);
        await PageAddress.ArrivedAtAsync(page, "/account/two-factor");
        await page.Locator("#two-factor-code").FillAsync(recoveryCode);
        await page.Locator("#verify-code").ClickAsync();
        await StaffSession.InteractiveAsync(page);
        await Assertions.Expect(page.Locator("#signed-in-as")).ToContainTextAsync(email);
    }

    /// <summary>A six-digit code that is not valid in the current window nor the ones either side.</summary>
    private static string WrongCode(string key)
    {
        var now = DateTimeOffset.UtcNow;
        var valid = new[] { -30, 0, 30 }.Select(s => Totp(key, now.AddSeconds(s))).ToHashSet();
        return Enumerable.Range(0, 1000).Select(i => i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !valid.Contains(c));
    }

    /// <summary>RFC 6238 with the authenticator apps' defaults: HMAC-SHA1, 30-second steps, six digits, a base32 key.</summary>
    private static string Totp(string base32Key, DateTimeOffset at)
    {
        var step = at.ToUnixTimeSeconds() / 30;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

        // SHA-1 is what RFC 6238 and every authenticator app use by default; here it only plays the app's part.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(Base32(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().TrimEnd('='))
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)((buffer >> bits) & 0xFF));
            }
        }

        return [.. bytes];
    }
}
