using System.Globalization;
using System.Net;
using GiveBack.Domain.Calendar;
using GiveBack.FunctionalTests.Support;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Ledger.Outreach;
using GiveBack.Outreach;
using GiveBack.Pledges.Jobs;
using GiveBack.Reports;
using GiveBack.Testing;
using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Npgsql;

namespace GiveBack.FunctionalTests.Workspace;

/// <summary>
/// The administration pages and the outreach page in Debian's Chromium against the real host: an administrator opens a
/// viewer's account, who then sees no administration and is refused it; a key made in the page opens the API until it
/// is revoked there; a reminder queued by the real job is listed with its outcome and resent through the queue.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class AdministrationPagesTests(ServerFixture fixture)
{
    [Fact]
    public async Task An_administrator_opens_a_viewers_account_who_then_sees_no_administration_and_is_refused_it()
    {
        var email = $"viewer-{Guid.NewGuid():N}@example.edu";
        const string password = "a-viewer-password-42";
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        Assertions.SetDefaultExpectTimeout(20_000);
        var admin = await StaffSession.OpenAsync(browser, Url("admin/users"), GiveBackServer.StaffEmail, GiveBackServer.StaffPassword);
        await StaffSession.InteractiveAsync(admin);
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Staff accounts");
        await Assertions.Expect(admin.Locator("#nav-admin-users")).ToBeVisibleAsync();

        // The button is enabled once the page is live: what is typed before then would reach no one.
        await Assertions.Expect(admin.Locator("#create-staff")).ToBeEnabledAsync();
        await admin.Locator("#new-staff-name").FillAsync("Vera Viewer");
        await admin.Locator("#new-staff-email").FillAsync(email);
        await admin.Locator("#new-staff-password").FillAsync(password);
        // Viewer is ticked by default; the role is checked on the account below, not taken on trust.
        await admin.Locator("#create-staff").ClickAsync();
        await Assertions.Expect(admin.Locator("#new-staff-message")).ToHaveTextAsync($"The account {email} is open.");
        await admin.Locator("#staff-search").PressSequentiallyAsync(email[..20]);
        var row = admin.Locator("#staff-table tbody tr", new() { HasText = email });
        await Assertions.Expect(row.Locator(".staff-roles")).ToHaveTextAsync("Viewer");
        await Assertions.Expect(row.Locator(".staff-status")).ToHaveTextAsync("Active");

        var viewer = await StaffSession.OpenAsync(browser, fixture.Server.BaseAddress, email, password);
        await Assertions.Expect(viewer.Locator("h1")).ToHaveTextAsync("Dashboard");
        await Assertions.Expect(viewer.Locator("#nav-outreach")).ToBeVisibleAsync();
        await Assertions.Expect(viewer.Locator("[id^=nav-admin]")).ToHaveCountAsync(0);
        await viewer.GotoAsync(Url("admin/users").ToString());
        await PageAddress.ArrivedAtAsync(viewer, "/account/sign-in");
        await Assertions.Expect(viewer.Locator("#staff-table")).ToHaveCountAsync(0);

        // Locked by the administrator, the viewer cannot sign in again.
        await row.Locator(".staff-lock").ClickAsync();
        await Assertions.Expect(row.Locator(".staff-status")).ToHaveTextAsync("Locked");
        var locked = await StaffSession.OpenAsync(browser, fixture.Server.BaseAddress, email, password);
        await Assertions.Expect(locked.Locator("#sign-in-error")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_key_made_in_the_page_reads_donors_until_it_is_revoked_there()
    {
        var holder = $"Report tool {Guid.NewGuid():N}";
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        Assertions.SetDefaultExpectTimeout(20_000);
        var page = await StaffSession.OpenAsync(browser, Url("admin/api-keys"), GiveBackServer.StaffEmail, GiveBackServer.StaffPassword);
        await StaffSession.InteractiveAsync(page);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("API keys");

        await Assertions.Expect(page.Locator("#create-key")).ToBeEnabledAsync();
        await page.Locator("#new-key-name").FillAsync(holder);
        await page.Locator("#create-key").ClickAsync();
        await Assertions.Expect(page.Locator("#api-key-secret")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^gbk_[0-9a-f]{64}$"));
        var secret = await page.Locator("#api-key-secret").InnerTextAsync();
        using var integration = fixture.Server.CreateClient(secret);
        using (var allowed = await integration.GetAsync(new Uri("/api/v1/donors", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        var row = page.Locator("#api-key-table tbody tr", new() { HasText = holder });
        await Assertions.Expect(row.Locator(".api-key-status")).ToHaveTextAsync("Active");
        await row.Locator(".revoke-key").ClickAsync();
        await Assertions.Expect(page.Locator("#api-key-message")).ToHaveTextAsync($"The key held by {holder} is revoked: it opens nothing any more.");
        await Assertions.Expect(page.Locator("#api-key-secret")).ToHaveCountAsync(0);
        await Assertions.Expect(row.Locator(".api-key-status")).ToContainTextAsync("Revoked on");
        using var refused = await integration.GetAsync(new Uri("/api/v1/donors", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task The_outreach_page_lists_a_reminder_with_its_outcome_and_resend_books_a_new_delivery()
    {
        using var api = fixture.Server.CreateClient();
        var surname = "Remy" + Guid.NewGuid().ToString("N")[..8];
        var donor = await Http.CreateDonorAsync(api, lastName: surname);
        await PledgeFallingDueTomorrowAsync(api, donor.Id);
        await fixture.Server.RunJobAsync(InstallmentReminderJob.Key);
        // The shared host's Email plugin is deployed but not configured: the real dispatcher settles it as no-channel.
        var reminder = await Http.SettledOutreachAsync(api, donor.Id, "pledge-reminder");
        Assert.Equal(OutreachStatuses.NoChannel, reminder.Status);
        var firstDelivery = await DeliveryAsync(reminder.Id);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        Assertions.SetDefaultExpectTimeout(20_000);
        var page = await StaffSession.OpenAsync(browser, Url($"outreach?donor={donor.Id}"), GiveBackServer.StaffEmail, GiveBackServer.StaffPassword);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Outreach");
        var row = page.Locator("#outreach-table tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync($"Camille {surname}");
        await Assertions.Expect(row.Locator(".outreach-status")).ToHaveTextAsync("No channel");

        await row.Locator(".outreach-resend").ClickAsync();
        await Assertions.Expect(page.Locator("#outreach-message")).ToHaveTextAsync("The message is back in the queue; the dispatcher sends it within moments.");

        // A new delivery: a new message id for the channel, handed out by the dispatcher (not the request), settled again.
        var secondDelivery = await Eventually.MatchesAsync(
            () => DeliveryAsync(reminder.Id),
            d => d.MessageId != firstDelivery.MessageId && d.Status == OutreachStatuses.NoChannel && d.UpdatedAt > firstDelivery.UpdatedAt,
            "the resent reminder to be settled again by the dispatcher");
        Assert.NotEqual(firstDelivery.MessageId, secondDelivery.MessageId);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#outreach-table tbody tr .outreach-status")).ToHaveTextAsync("No channel");
    }

    [Fact]
    public async Task The_plugins_page_shows_the_unconfigured_email_plugin_and_the_settings_page_the_hosts_values()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        Assertions.SetDefaultExpectTimeout(20_000);
        var page = await StaffSession.OpenAsync(browser, Url("admin/plugins"), GiveBackServer.StaffEmail, GiveBackServer.StaffPassword);
        await StaffSession.InteractiveAsync(page);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Plugins");
        var email = page.Locator("#plugin-table tbody tr", new() { Has = page.Locator("[data-plugin=Email]") });
        await Assertions.Expect(email.Locator(".plugin-state")).ToContainTextAsync("Needs configuration");
        await Assertions.Expect(email.Locator(".plugin-state")).ToContainTextAsync("Plugins:Email:Host");

        // The toggle is enabled once the page is live; a link followed while the page starts can be undone by its start.
        await Assertions.Expect(email.Locator(".plugin-toggle")).ToBeEnabledAsync();
        await page.Locator("#nav-admin-settings").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Institution settings");
        // The values the host runs with, read from the host itself.
        var services = fixture.Server.Services;
        var month = services.GetRequiredService<FiscalCalendar>().FirstMonth;
        await Assertions.Expect(page.Locator("#setting-fiscal-year")).ToHaveTextAsync(CultureInfo.GetCultureInfo("en-US").DateTimeFormat.GetMonthName(month));
        await Assertions.Expect(page.Locator("#setting-report-currency")).ToHaveTextAsync(services.GetRequiredService<IOptions<ReportsOptions>>().Value.Currency);
        await Assertions.Expect(page.Locator("#setting-institution")).ToHaveTextAsync(services.GetRequiredService<IOptions<OutreachOptions>>().Value.Institution);
    }

    private Uri Url(string path) => new(fixture.Server.BaseAddress, path);

    private static async Task PledgeFallingDueTomorrowAsync(HttpClient api, Guid donorId)
    {
        var campaign = await Http.ReadAsync<CampaignResponse>(await Http.PostAsync(api, "/api/v1/campaigns", new
        {
            name = $"Reunion {Guid.NewGuid():N}", currency = "EUR", goalAmount = 1_000_000,
            startsOn = Day(DateTime.UtcNow.AddDays(-1)), endsOn = Day(DateTime.UtcNow.AddYears(1)),
        }), HttpStatusCode.Created);
        await Http.ReadAsync<GiveBack.Pledges.Endpoints.PledgeResponse>(await Http.PostAsync(api, "/api/v1/pledges", new
        {
            donorId, campaignId = campaign.Id, amount = 5_000, currency = "EUR", installmentCount = 1,
            frequency = "monthly", firstDueOn = Day(DateTime.UtcNow.AddDays(1)),
        }), HttpStatusCode.Created);
    }

    /// <summary>What the channel is handed for the message (its id, which a resend renews) and where it stands.</summary>
    private async Task<(Guid MessageId, string Status, DateTimeOffset UpdatedAt)> DeliveryAsync(long id)
    {
        await using var connection = new NpgsqlConnection(fixture.Server.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT message_id, status, updated_at FROM outreach_messages WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"outreach message {id} exists");
        return (reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2));
    }

    private static string Day(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
