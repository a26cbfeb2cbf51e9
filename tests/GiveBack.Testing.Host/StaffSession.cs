using GiveBack.Testing.Browser;
using GiveBack.Testing.Csv;
using GiveBack.Workspace.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace GiveBack.Testing.Host;

/// <summary>
/// Staff accounts and sign-in for the browser tests of every suite that runs the workspace: a new person with one role,
/// signed in as a user would, and the few moves on its pages that need care.
/// </summary>
public static class StaffSession
{
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

    /// <summary>A page in a fresh English browser context (downloads kept), with the timeouts the workspace tests share.</summary>
    public static async Task<IPage> NewPageAsync(IBrowser browser, string locale = "en-US")
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        Assertions.SetDefaultExpectTimeout(20_000);
        return page;
    }

    /// <summary>Signs in on the sign-in page the browser was sent to, and waits to leave it.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await PageAddress.ArrivedAtAsync(page, "/account/sign-in");
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

    /// <summary>Opens <paramref name="path"/> as the host's seeded administrator, signed in, the page live.</summary>
    public static async Task<IPage> OpenAsAdministratorAsync(IBrowser browser, GiveBackServer server, string path)
    {
        var page = await OpenAsync(browser, new Uri(server.BaseAddress, path), GiveBackServer.StaffEmail, GiveBackServer.StaffPassword);
        await InteractiveAsync(page);
        return page;
    }

    // A MudSelect keeps its id on a hidden input once it holds a value: the visible field around it opens the list. A
    // click that lands before the page is live (it is prerendered) opens nothing, so the click is repeated until the
    // list is open, within a deadline.
    public static async Task ChooseAsync(IPage page, string select, string item)
    {
        var option = page.Locator(".mud-popover-open .mud-list-item", new() { HasText = item }).First;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await page.Locator($".mud-select:has({select}) .mud-input").ClickAsync();
            try
            {
                await option.WaitForAsync(new() { Timeout = 3_000 });
                break;
            }
            catch (TimeoutException) when (DateTime.UtcNow < deadline)
            {
                // Not live yet: click again.
            }
        }

        await option.ClickAsync();
    }

    /// <summary>
    /// Clicks a report's CSV button and reads the file the browser saved: its suggested name, its header and its rows
    /// keyed by the header, as a spreadsheet would read them.
    /// </summary>
    public static async Task<(string FileName, string[] Header, List<Dictionary<string, string>> Rows)> DownloadCsvAsync(
        IPage page, string button = "#download-csv")
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(button).ClickAsync());
        var records = CsvFile.Parse(await File.ReadAllTextAsync((await download.PathAsync())!));
        var header = records[0];
        var rows = records.Skip(1)
            .Where(r => r.Length > 1 || r[0].Length > 0)
            .Select(r => header.Zip(r).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal))
            .ToList();
        return (download.SuggestedFilename, header, rows);
    }
}
