using Microsoft.Playwright;

namespace GiveBack.FunctionalTests.Workspace;

/// <summary>Signing in to the workspace as a member of staff does, shared by the browser tests.</summary>
internal static class StaffSession
{
    /// <summary>Waits only for the navigation to commit: a page's own scripts may keep loading meanwhile.</summary>
    public static readonly PageWaitForURLOptions Committed = new() { WaitUntil = WaitUntilState.Commit };

    /// <summary>On the sign-in page the workspace sent the browser to, signs in; the browser then returns where it was going.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.WaitForURLAsync(url => url.Contains("/account/sign-in", StringComparison.Ordinal), Committed);
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("#sign-in").ClickAsync();
    }
}
