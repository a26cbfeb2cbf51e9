using Microsoft.Playwright;

namespace GiveBack.FunctionalTests.Workspace;

/// <summary>The sign-in steps every workspace browser test takes, once.</summary>
internal static class StaffSession
{
    private static readonly PageWaitForURLOptions Committed = new() { WaitUntil = WaitUntilState.Commit };

    /// <summary>Waits for the sign-in page (where the workspace sent the visitor) and signs in.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.WaitForURLAsync(url => url.Contains("/account/sign-in", StringComparison.Ordinal), Committed);
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("#sign-in").ClickAsync();
    }
}
