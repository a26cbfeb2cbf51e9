using System.Globalization;
using GiveBack.Domain.Calendar;
using GiveBack.Domain.Security;
using GiveBack.Outreach;
using GiveBack.Payments;
using GiveBack.Reports.Retention;
using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace GiveBack.FunctionalTests.Workspace;

/// <summary>
/// The institution settings changed by an administrator in the workspace, on a host of their own (they change what every
/// other test's host would report): a refused value says why and saves nothing; a saved name and report currency are in
/// force at once; the fiscal year's first month from the next start, when a gift's fiscal year moves as the ledger's
/// date says. Viewers and gift officers are not let in.
/// </summary>
public sealed class InstitutionSettingsPageTests
{
    [Fact]
    public async Task An_administrator_changes_the_settings_a_bad_one_is_refused_and_the_fiscal_year_moves_a_gift_at_the_next_start()
    {
        await using var server = await GiveBackServer.StartAsync();
        var api = server.CreateClient();
        var donor = await Http.CreateDonorAsync(api);
        // In Canadian dollars, which the reports do not count by default until the currency is changed.
        var campaign = await Http.CreateCampaignAsync(api, "CAD");
        // 15 October 2025: FY2026 when the year starts in July, FY2025 when it starts in January.
        await Http.RecordGiftAsync(api, Http.Gift(donor.Id, campaign.Id, 10_000, "CAD", "2025-10-15"));
        var before = await RetentionAsync(api, 2026);
        Assert.NotEqual("CAD", before.Currency);
        Assert.Equal(0, before.Donors);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await StaffSession.OpenAsAdministratorAsync(browser, server, "admin/settings");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Institution settings");
        // Enabled once the live page has loaded: a click before that could race the page's own first renders.
        await Assertions.Expect(page.Locator("#settings-save")).ToBeEnabledAsync();
        await Assertions.Expect(page.Locator("#no-settings-changes")).ToBeVisibleAsync();

        // Refused, each field said, nothing saved.
        await page.Locator("#settings-name").FillAsync("   ");
        await page.Locator("#settings-currency").FillAsync("XYZ");
        await Assertions.Expect(page.Locator("#settings-currency")).ToHaveValueAsync("XYZ");
        await page.Locator("#settings-save").ClickAsync();
        await Assertions.Expect(page.Locator("#settings-problem strong")).ToHaveTextAsync("The settings were not saved");
        await Assertions.Expect(page.Locator("#settings-problem .settings-error[data-field=name]")).ToHaveTextAsync("The name is required.");
        await Assertions.Expect(page.Locator("#settings-problem .settings-error[data-field=reportCurrency]")).ToContainTextAsync("XYZ is not a currency GiveBack accepts");
        await Assertions.Expect(page.Locator("#setting-institution")).ToHaveTextAsync("The development office");
        await Assertions.Expect(page.Locator("#no-settings-changes")).ToBeVisibleAsync();

        await page.Locator("#settings-name").FillAsync("Northfield College");
        // A MudSelect opens from its control: the id is on a hidden input.
        await page.Locator(".mud-input-control", new() { Has = page.Locator("#settings-month") }).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "January" }).ClickAsync();
        // The choice re-renders the form: typing before that render lands could be drawn over with the old value.
        await Assertions.Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        await page.Locator("#settings-currency").FillAsync("cad");
        await Assertions.Expect(page.Locator("#settings-currency")).ToHaveValueAsync("cad");
        // What receipts print of their issuer: the number, and France's reçu fiscal wording.
        await page.Locator("#settings-registration").FillAsync("775 688 732");
        await page.Locator("#settings-country").FillAsync("fr");
        await page.Locator("#settings-save").ClickAsync();
        await Assertions.Expect(page.Locator("#settings-message")).ToContainTextAsync("Saved.");
        await Assertions.Expect(page.Locator("#settings-problem")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#setting-institution")).ToHaveTextAsync("Northfield College");
        await Assertions.Expect(page.Locator("#setting-report-currency")).ToHaveTextAsync("CAD");
        // The month is in force from the next start, and the page says so.
        await Assertions.Expect(page.Locator("#setting-fiscal-year")).ToHaveTextAsync("July");
        await Assertions.Expect(page.Locator("#setting-fiscal-year-pending")).ToContainTextAsync("January at the next start");
        // Each change recorded with who made it.
        var changes = page.Locator("#settings-change-table tbody tr");
        await Assertions.Expect(changes).ToHaveCountAsync(5);
        var currencyChange = changes.Filter(new() { HasText = "Reports:Currency" });
        await Assertions.Expect(currencyChange.Locator(".settings-change-to")).ToHaveTextAsync("CAD");
        await Assertions.Expect(currencyChange.Locator(".settings-change-by")).ToHaveTextAsync(GiveBackServer.StaffEmail);

        // The name and the currency are in force now: the messages' signature and the reports' default currency.
        Assert.Equal("Northfield College", server.Services.GetRequiredService<IOptionsMonitor<OutreachOptions>>().CurrentValue.Institution);
        var issuer = server.Services.GetRequiredService<IOptionsMonitor<ReceiptIssuerOptions>>().CurrentValue;
        Assert.Equal(("FR", "775 688 732", (string?)null), (issuer.Country, issuer.RegistrationNumber, issuer.Address));
        var now = await RetentionAsync(api, 2026);
        Assert.Equal(("CAD", 1L, 10_000L), (now.Currency, now.Donors, now.Amount));
        Assert.Equal(0, (await RetentionAsync(api, 2025)).Donors);

        // After a restart the year starts in January: the rollups were rebuilt and the gift is FY2025's, as its date says.
        await server.RestartAsync();
        api = server.CreateClient();
        Assert.Equal(1, server.Services.GetRequiredService<FiscalCalendar>().FirstMonth);
        var moved = await RetentionAsync(api, 2025);
        Assert.Equal((new DateOnly(2025, 1, 1), "CAD", 1L, 10_000L), (moved.Start, moved.Currency, moved.Donors, moved.Amount));
        Assert.Equal(0, (await RetentionAsync(api, 2026)).Donors);

        page = await StaffSession.OpenAsync(browser, new Uri(server.BaseAddress, "admin/settings"), GiveBackServer.StaffEmail, GiveBackServer.StaffPassword);
        await Assertions.Expect(page.Locator("#setting-fiscal-year")).ToHaveTextAsync("January");
        await Assertions.Expect(page.Locator("#setting-fiscal-year-pending")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#setting-institution")).ToHaveTextAsync("Northfield College");

        foreach (var role in new[] { Roles.Viewer, Roles.GiftOfficer })
        {
            var (email, password) = await StaffSession.CreateUserAsync(server, role);
            var refused = await StaffSession.OpenAsync(browser, server.BaseAddress, email, password);
            await Assertions.Expect(refused.Locator("h1")).ToHaveTextAsync("Dashboard");
            await refused.GotoAsync(new Uri(server.BaseAddress, "admin/settings").ToString());
            await PageAddress.ArrivedAtAsync(refused, "/account/sign-in");
            await Assertions.Expect(refused.Locator("#settings-save")).ToHaveCountAsync(0);
        }
    }

    private static async Task<RetentionFigures> RetentionAsync(HttpClient api, int fiscalYear) =>
        await Http.GetAsync<RetentionFigures>(api, $"/api/v1/reports/retention?fiscalYear={fiscalYear.ToString(CultureInfo.InvariantCulture)}");
}
