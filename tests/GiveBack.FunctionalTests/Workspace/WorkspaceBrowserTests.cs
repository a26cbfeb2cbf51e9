using System.Globalization;
using System.Net;
using GiveBack.Domain.Paging;
using GiveBack.Domain.Security;
using GiveBack.FunctionalTests.Support;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Playwright;

namespace GiveBack.FunctionalTests.Workspace;

/// <summary>
/// The staff workspace as a member of the development office uses it, in Debian's Chromium against the real host: the
/// root sends an anonymous visitor to sign in, the first administrator (made at start, as <c>./run.sh</c> makes it)
/// signs in, the dashboard's campaign bar follows a gift booked through the API without a reload, the donor is found by
/// typing part of their name, the workspace speaks French on request, and signing out ends the session.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class WorkspaceBrowserTests(ServerFixture fixture)
{
    [Fact]
    public async Task Staff_sign_in_watch_a_campaign_move_find_the_donor_switch_to_French_and_sign_out()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        using var api = fixture.Server.CreateClient();
        var campaign = await Http.CreateRunningCampaignAsync(api, "Giving Tuesday");
        // A name no other test uses, so that typing part of it finds this donor alone.
        var surname = "Quill" + string.Concat(Guid.NewGuid().ToByteArray().Take(6).Select(b => (char)('a' + (b % 26))));
        var donor = await Http.CreateDonorAsync(api, lastName: surname);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        Assertions.SetDefaultExpectTimeout(20_000);

        await page.GotoAsync(fixture.Server.BaseAddress.ToString());
        await PageAddress.ArrivedAtAsync(page, "/account/sign-in");
        await page.Locator("#email").FillAsync(GiveBackServer.StaffEmail);
        await page.Locator("#password").FillAsync("not the password");
        await page.Locator("#sign-in").ClickAsync();
        await Assertions.Expect(page.Locator("#sign-in-error")).ToBeVisibleAsync();

        await StaffSession.SignInAsync(page, GiveBackServer.StaffEmail, GiveBackServer.StaffPassword);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
        var card = page.Locator($"[data-campaign='{campaign.Id}']");
        await Assertions.Expect(card.Locator(".raised")).ToHaveTextAsync("€0.00 raised of €10,000.00");

        // Booked through the API by someone else: the open dashboard follows without a reload.
        await Http.RecordGiftAsync(api, Http.Gift(donor.Id, campaign.Id, 25_000, receivedOn: Day(today)));
        await Assertions.Expect(card.Locator(".raised")).ToHaveTextAsync("€250.00 raised of €10,000.00");
        await Assertions.Expect(card.Locator(".donors")).ToHaveTextAsync("1 donors");

        // Find the donor by typing part of the name: the list answers as the letters arrive, with the gift counted.
        await page.Locator("#nav-donors").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Donors");
        await page.Locator("#donor-search").PressSequentiallyAsync(surname[..7]);
        var row = page.Locator("#donor-table tbody tr", new() { HasText = $"Camille {surname}" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#donor-table tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator(".donor-lifetime")).ToHaveTextAsync("€250.00");

        // The donor's page: the giving summary, then a cheque recorded through the form, the API's own path.
        await row.Locator("a").ClickAsync();
        await Assertions.Expect(page.Locator("#summary-lifetime")).ToHaveTextAsync("€250.00");
        await page.Locator("#gift-campaign").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = campaign.Name }).ClickAsync();
        // The amount's label names the chosen campaign's currency once the choice has reached the server.
        await Assertions.Expect(page.Locator("label[for=gift-amount]")).ToHaveTextAsync("Amount (EUR)");
        await page.Locator("#gift-amount").FillAsync("100");
        await page.Locator("#record-gift-button").ClickAsync();
        await Assertions.Expect(page.Locator("#gift-message")).ToHaveTextAsync("Gift recorded.");
        await Assertions.Expect(page.Locator("#summary-lifetime")).ToHaveTextAsync("€350.00");
        await Assertions.Expect(page.Locator("#gift-table tbody tr")).ToHaveCountAsync(2);

        // The cheque was keyed in error: reversed with a reason, the ledger gains a reversing entry and the figures drop.
        await page.Locator("#gift-table tbody tr", new() { HasText = "€100.00" }).Locator(".reverse-gift").ClickAsync();
        await page.Locator("#reverse-reason").FillAsync("Keyed against the wrong donor");
        await page.Locator("#confirm-reversal").ClickAsync();
        await Assertions.Expect(page.Locator("#gift-notice")).ToHaveTextAsync("Gift reversed.");
        await Assertions.Expect(page.Locator("#summary-lifetime")).ToHaveTextAsync("€250.00");
        await Assertions.Expect(page.Locator("#gift-table tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#gift-table .gift-state", new() { HasText = "Reversal" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#gift-table .gift-state", new() { HasText = "Reversed" })).ToHaveCountAsync(1);
        var reversal = Assert.Single((await Http.GetAsync<Page<GiftResponse>>(api, $"/api/v1/donors/{donor.Id}/gifts")).Items, g => g.ReversesGiftId is not null);
        Assert.Equal(-10_000, reversal.Amount);
        Assert.Equal("Keyed against the wrong donor", reversal.Reason);

        await page.Locator("#nav-dashboard").ClickAsync();
        await Assertions.Expect(card.Locator(".raised")).ToHaveTextAsync("€250.00 raised of €10,000.00");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
        // The newest gifts, read when the dashboard opens: the cheque recorded a moment ago leads them.
        await Assertions.Expect(page.Locator("#recent-gifts tbody tr").First).ToContainTextAsync($"Camille {surname}");
        await Assertions.Expect(page.Locator("#overdue-pledges .attention-count")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+$"));

        await page.Locator("#language").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tableau de bord");
        await Assertions.Expect(card.Locator(".raised")).ToHaveTextAsync("250,00\u00a0€ collectés sur 10\u00a0000,00\u00a0€");

        // Signing out ends the session itself: the cookie it had, replayed from elsewhere, opens nothing. The French page
        // was loaded anew; its sign-out form is clicked once the page is live, not while Blazor starts on it.
        await StaffSession.InteractiveAsync(page);
        var session = await context.CookiesAsync();
        await page.Locator("#sign-out").ClickAsync();
        // An assertion rather than a wait: should the sign-out ever not land on the sign-in page, it says where it landed.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"));
        await page.GotoAsync(fixture.Server.BaseAddress.ToString());
        await PageAddress.ArrivedAtAsync(page, "/account/sign-in");
        await Assertions.Expect(page.Locator("#sign-in")).ToBeVisibleAsync();
        var replayed = await browser.NewContextAsync();
        await replayed.AddCookiesAsync(session.Select(c => new Microsoft.Playwright.Cookie { Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path }));
        var replay = await replayed.NewPageAsync();
        await replay.GotoAsync(fixture.Server.BaseAddress.ToString());
        await PageAddress.ArrivedAtAsync(replay, "/account/sign-in");
    }

    [Fact]
    public async Task A_viewer_reads_a_donors_page_but_is_offered_no_action_on_it()
    {
        using var api = fixture.Server.CreateClient();
        var donor = await Http.CreateDonorAsync(api, lastName: "Viewerson");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await StaffSession.OpenAsAsync(browser, fixture.Server, Roles.Viewer, $"donors/{donor.Id}");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Camille Viewerson");
        await Assertions.Expect(page.Locator("#summary-lifetime")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#record-gift-button")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".reverse-gift")).ToHaveCountAsync(0);
        // The engagement and relationship panels are for reading; none of the donor's actions is offered.
        await Assertions.Expect(page.Locator("#engagement-panel")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#relationship-panel")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#donor-actions")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#open-log-activity, #open-assign-officer, #open-edit-details, .resend-receipt")).ToHaveCountAsync(0);

        // A write forged with the viewer's own session reaches the server and is refused there; a read is not.
        var campaign = await Http.CreateCampaignAsync(api);
        var read = await page.Context.APIRequest.GetAsync(new Uri(fixture.Server.BaseAddress, $"api/v1/donors/{donor.Id}").ToString());
        Assert.Equal(200, read.Status);
        var forged = await page.Context.APIRequest.PostAsync(new Uri(fixture.Server.BaseAddress, "api/v1/gifts").ToString(), new()
        {
            DataObject = Http.Gift(donor.Id, campaign.Id, 5_000),
        });
        Assert.Equal(403, forged.Status);
        Assert.Empty((await Http.GetAsync<Page<GiftResponse>>(api, $"/api/v1/donors/{donor.Id}/gifts")).Items);
    }

    [Fact]
    public async Task An_api_key_opens_no_page_the_workspace_answers_it_with_the_sign_in_page()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", GiveBackServer.AdminKey);

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", new Uri(fixture.Server.BaseAddress, response.Headers.Location!).AbsolutePath);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
