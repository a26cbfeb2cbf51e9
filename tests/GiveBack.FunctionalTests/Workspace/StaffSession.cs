using Microsoft.Playwright;

namespace GiveBack.FunctionalTests.Workspace;

/// <summary>The browser steps of the workspace's sign-in, shared by the workspace's browser tests.</summary>
internal static class StaffSession
{
    /// <summary>A navigation counts once the server answered: the sign-in page is static, the others keep a connection open.</summary>
    public static readonly PageWaitForURLOptions Committed = new() { WaitUntil = WaitUntilState.Commit };

    /// <summary>On the sign-in page (where the workspace sent an anonymous visitor), signs in as this person.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.WaitForURLAsync(url => url.Contains("/account/sign-in", StringComparison.Ordinal), Committed);
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("#sign-in").ClickAsync();
    }

    /// <summary>A fresh browser context (no cookie) in English, on <paramref name="url"/>, signed in as this person.</summary>
    public static async Task<IPage> OpenAsync(IBrowser browser, Uri url, string email, string password)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(url.ToString());
        await SignInAsync(page, email, password);
        return page;
    }
}
