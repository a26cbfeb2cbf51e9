using System.Globalization;
using Deque.AxeCore.Playwright;
using GiveBack.Domain.Giving;
using GiveBack.Domain.Security;
using GiveBack.FunctionalTests.Support;
using GiveBack.Giving.Batches;
using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GiveBack.FunctionalTests.Workspace;

/// <summary>
/// Every main page of the workspace, filled with real data, checked by axe-core in Debian's Chromium (no serious or
/// critical violation) and photographed at a desktop and a phone width. The screenshots are artifacts of the run
/// (<c>GIVEBACK_ARTIFACTS</c>, else the test's output folder), never committed.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class WorkspaceAccessibilityTests(ServerFixture fixture, ITestOutputHelper output)
{
    private static readonly (string Name, int Width, int Height)[] Screens = [("desktop", 1366, 900), ("phone", 390, 844)];

    private static readonly string[] Blocking = ["serious", "critical"];

    [Fact]
    public async Task Every_main_page_has_no_serious_accessibility_violation_at_desktop_and_phone_widths()
    {
        var pages = await MainPagesAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var (email, password) = await StaffSession.CreateUserAsync(fixture.Server, Roles.Admin);
        var folder = Directory.CreateDirectory(Path.Combine(
            Environment.GetEnvironmentVariable("GIVEBACK_ARTIFACTS") ?? Path.Combine(AppContext.BaseDirectory, "artifacts"), "workspace-screenshots"));
        var problems = new List<string>();

        var page = await StaffSession.NewPageAsync(browser);
        await page.GotoAsync(fixture.Server.BaseAddress.ToString());
        await Check(page, "sign-in", problems, folder);
        await StaffSession.SignInAsync(page, email, password);
        await StaffSession.InteractiveAsync(page);

        foreach (var (name, path) in pages)
        {
            await page.GotoAsync(new Uri(fixture.Server.BaseAddress, path).ToString());
            // The account pages are plain HTTP pages (they set the cookie); every other page goes live first.
            if (!path.StartsWith("/account/", StringComparison.Ordinal))
            {
                await StaffSession.InteractiveAsync(page);
            }

            await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
            await Check(page, name, problems, folder);
        }

        output.WriteLine($"Screenshots: {folder.FullName}");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal((pages.Count + 1) * Screens.Length, folder.GetFiles("*.png").Length);
    }

    private static async Task Check(IPage page, string name, List<string> problems, DirectoryInfo folder)
    {
        foreach (var (screen, width, height) in Screens)
        {
            await page.SetViewportSizeAsync(width, height);
            // MudBlazor lays the drawer out again for the width; let it settle before looking.
            await page.WaitForTimeoutAsync(300);
            var result = await page.RunAxe();
            problems.AddRange(result.Violations
                .Where(v => Blocking.Contains(v.Impact))
                .Select(v => $"{name} ({screen}): {v.Id} [{v.Impact}] {v.Help}: {string.Join(" | ", v.Nodes.Select(n => n.Html))}"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder.FullName, $"{name}-{screen}.png"), FullPage = true });
        }
    }

    /// <summary>The pages a development office uses, each with something on it (a donor with gifts, a posted batch).</summary>
    private async Task<IReadOnlyList<(string Name, string Path)>> MainPagesAsync()
    {
        using var api = fixture.Server.CreateClient();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var campaign = await Http.CreateRunningCampaignAsync(api, "Annual fund", goalAmount: 5_000_000, daysBefore: 30, daysAfter: 30);
        var donor = await Http.CreateDonorAsync(api, lastName: "Accessible");
        await Http.RecordGiftAsync(api, Http.Gift(donor.Id, campaign.Id, 12_500, receivedOn: today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        var desk = fixture.Server.Services.GetRequiredService<GiftBatchDesk>();
        var (_, batch) = await desk.OpenAsync(new NewGiftBatch("Accessible deposit", campaign.Id, today, GiftMethod.Cheque, 1, 5_000, Guid.NewGuid()));
        await desk.AddLineAsync(batch!, donor.Id, 5_000, "100234", null);

        return
        [
            ("dashboard", "/"),
            ("donors", "/donors"),
            ("donor", $"/donors/{donor.Id}"),
            ("batches", "/batches"),
            ("batch", $"/batches/{batch!.Id}"),
            ("campaigns", "/campaigns"),
            ("campaign", $"/campaigns/{campaign.Id}"),
            ("giving-day", $"/campaigns/{campaign.Id}/giving-day"),
            ("pledges", "/pledges"),
            ("recurring-gifts", "/recurring-gifts"),
            ("reports", "/reports"),
            ("lybunt", "/reports/lybunt"),
            ("retention", "/reports/retention"),
            ("participation", "/reports/participation"),
            ("portfolio", "/portfolio"),
            ("ambassadors", "/ambassadors"),
            ("talent", "/talent"),
            ("outreach", "/outreach"),
            ("imports", "/imports"),
            ("staff-accounts", "/admin/users"),
            ("api-keys", "/admin/api-keys"),
            ("plugins", "/admin/plugins"),
            ("payment-events", "/admin/payment-events"),
            ("settings", "/admin/settings"),
            ("account-security", "/account/security"),
            ("forgot-password", "/account/forgot-password"),
            ("reset-password", $"/account/reset-password?user={Guid.NewGuid():N}&token=accessibility"),
        ];
    }
}
