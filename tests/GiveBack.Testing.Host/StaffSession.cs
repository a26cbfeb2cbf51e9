using GiveBack.Workspace.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace GiveBack.Testing.Host;

/// <summary>Staff accounts and sign-in for the browser tests of every test project: a new person with one role, signed in as a user would.</summary>
public static class StaffSession
{
    public static readonly PageWaitForURLOptions Committed = new() { WaitUntil = WaitUntilState.Commit };

    /// <summary>A new staff account carrying <paramref name="role"/>, made through Identity as the administration page makes one.</summary>
    public static async Task<(string Email, string Password)> CreateUserAsync(GiveBackServer server, string role)
    {
        var email = $"{role}-{Guid.NewGuid():N}@example.edu";
        var password = $"pw-{Guid.NewGuid():N}";
        await using var scope = server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = role };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return (email, password);
    }

    /// <summary>A page in a fresh English browser context, with the timeouts the workspace tests share.</summary>
    public static async Task<IPage> NewPageAsync(IBrowser browser, string locale = "en-US")
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        Assertions.SetDefaultExpectTimeout(20_000);
        return page;
    }

    /// <summary>Signs in on the sign-in page the browser was sent to, and waits to leave it.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.WaitForURLAsync(url => url.Contains("/account/sign-in", StringComparison.Ordinal), Committed);
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("#sign-in").ClickAsync();
    }

    /// <summary>Waits until the page is live (its circuit connected), so that clicks reach the server.</summary>
    public static Task InteractiveAsync(IPage page) =>
        Assertions.Expect(page.Locator("main[data-interactive=true]")).ToHaveCountAsync(1);

    /// <summary>Opens <paramref name="path"/> as a new person with <paramref name="role"/>, signing in on the way.</summary>
    public static async Task<IPage> OpenAsAsync(IBrowser browser, GiveBackServer server, string role, string path)
    {
        var (email, password) = await CreateUserAsync(server, role);
        var page = await OpenAsync(browser, new Uri(server.BaseAddress, path), email, password);
        await InteractiveAsync(page);
        return page;
    }

    /// <summary>A fresh browser context (no cookie) in English, on <paramref name="url"/>, after signing in as this person (refused or not).</summary>
    public static async Task<IPage> OpenAsync(IBrowser browser, Uri url, string email, string password)
    {
        var page = await NewPageAsync(browser);
        await page.GotoAsync(url.ToString());
        await SignInAsync(page, email, password);
        return page;
    }

    /// <summary>Opens the MudBlazor select whose input is <paramref name="id"/> and picks the option showing <paramref name="option"/>.</summary>
    public static async Task ChooseAsync(IPage page, string id, string option)
    {
        ArgumentNullException.ThrowIfNull(page);
        // A select's id is on its hidden input once it holds a value: the visible field around it takes the click.
        await page.Locator(".mud-input-control", new() { Has = page.Locator($"#{id}") }).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = option }).ClickAsync();
    }
}
