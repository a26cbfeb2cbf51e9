using Microsoft.Playwright;

namespace GiveBack.FunctionalTests.Workspace;

/// <summary>The browser steps every workspace test shares: being sent to the sign-in page, then signing in there.</summary>
internal static class StaffSession
{
    public static readonly PageWaitForURLOptions Committed = new() { WaitUntil = WaitUntilState.Commit };

    /// <summary>Waits for the sign-in page the workspace sent the browser to, then signs in with these credentials.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.WaitForURLAsync(url => url.Contains("/account/sign-in", StringComparison.Ordinal), Committed);
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("#sign-in").ClickAsync();
    }
}
