using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using GiveBack.Domain.Security;
using GiveBack.Engagement.Endpoints;
using GiveBack.Engagement.Moves;
using GiveBack.FunctionalTests.Support;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Playwright;

namespace GiveBack.FunctionalTests.Workspace;

/// <summary>
/// The donor page's timeline, in Debian's Chromium against the real host: what happened to a donor through the API
/// (a gift, its reversal, an activity and the stage change the activity brings) shows on the page, newest first.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class DonorPageTests(ServerFixture fixture)
{
    [Fact]
    public async Task The_timeline_lists_gifts_reversals_activities_and_stage_changes_newest_first()
    {
        using var api = fixture.Server.CreateClient();
        var campaign = await Http.CreateCampaignAsync(api);
        var donor = await Http.CreateDonorAsync(api, lastName: $"Timeline{Guid.NewGuid():N}"[..20]);
        var gift = await Http.RecordGiftAsync(api, Http.Gift(donor.Id, campaign.Id, 12_345));
        await Http.ReadAsync<object>(await Http.PostAsync(api, $"/api/v1/gifts/{gift.Id}/reversals", new { reason = "Cheque bounced" }, Guid.NewGuid().ToString()), HttpStatusCode.Created);
        // An hour before now: after the gift's day, before the reversal was written down (the reversal is dated today).
        var detail = $"Reunion {Guid.NewGuid():N}";
        await Http.ReadAsync<object>(await Http.PostAsync(api, $"/api/v1/donors/{donor.Id}/activities", new
        {
            type = "event-attended",
            occurredAt = DateTimeOffset.UtcNow.AddHours(-1),
            detail,
        }, Guid.NewGuid().ToString()), HttpStatusCode.Created);
        var changes = await Http.GetAsync<StageChangeResponse[]>(api, $"/api/v1/donors/{donor.Id}/stage-changes");
        Assert.NotEmpty(changes);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await StaffSession.OpenAsync(
            browser, new Uri(fixture.Server.BaseAddress, $"/donors/{donor.Id}"), GiveBackServer.StaffEmail, GiveBackServer.StaffPassword);
        await StaffSession.InteractiveAsync(page);

        var rows = page.Locator("#timeline-table tbody tr");
        await Assertions.Expect(rows.Locator(".timeline-detail", new() { HasText = detail })).ToHaveCountAsync(1);
        var kinds = await rows.Locator(".timeline-kind").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.kind)");
        var amounts = await rows.Locator(".timeline-amount").AllInnerTextsAsync();
        var details = await rows.Locator(".timeline-detail").AllInnerTextsAsync();

        var newestChange = changes.OrderByDescending(c => c.ChangedAt).First();
        var stage = Array.FindIndex(details.ToArray(), d => d == $"{newestChange.FromStage} → {newestChange.ToStage}");
        var reversal = Array.IndexOf(kinds, "reversal");
        var activity = Array.FindIndex(details.ToArray(), d => d.Contains(detail, StringComparison.Ordinal));
        var booked = Array.IndexOf(kinds, "gift");
        Assert.Equal(changes.Length, kinds.Count(k => k == "stage-change"));
        Assert.Equal("-€123.45", amounts[reversal].Replace("−", "-", StringComparison.Ordinal));
        Assert.Equal("€123.45", amounts[booked]);
        Assert.True(stage >= 0 && stage < reversal && reversal < activity && activity < booked, string.Join(" | ", kinds.Zip(details)));
        Assert.Equal("Stage change", await rows.Nth(stage).Locator(".timeline-kind").InnerTextAsync());
    }

    [Fact]
    public async Task A_gift_officer_logs_an_activity_takes_the_donor_into_their_portfolio_and_corrects_the_details()
    {
        using var api = fixture.Server.CreateClient();
        var surname = $"Actions{Guid.NewGuid():N}"[..20];
        var donor = await Http.CreateDonorAsync(api, lastName: surname);
        using var withdrawn = await api.PutAsJsonAsync(
            $"/api/v1/donors/{donor.Id}/consents", new { consents = new[] { new { channel = "email", purpose = "news", granted = false } } }, Json.Options);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var (email, password) = await StaffSession.CreateUserAsync(fixture.Server, Roles.GiftOfficer);
        var officer = email.ToLowerInvariant();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await StaffSession.OpenAsync(browser, new Uri(fixture.Server.BaseAddress, $"/donors/{donor.Id}"), email, password);
        await StaffSession.InteractiveAsync(page);
        var time = page.Locator("#engagement-dimensions tr[data-dimension=time]");
        await Assertions.Expect(time.Locator(".dimension-activities")).ToHaveTextAsync("0");
        await Assertions.Expect(page.Locator("#donor-no-officer")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#donor-consent")).ToHaveTextAsync("May be contacted by: e-mail");
        var appeals = page.Locator("#donor-consents tr[data-channel=email][data-purpose=appeals]");
        await Assertions.Expect(appeals.Locator(".consent-granted")).ToHaveTextAsync("Yes");
        await Assertions.Expect(appeals.Locator(".consent-source")).ToHaveTextAsync("Profile (no answer recorded)");
        var news = page.Locator("#donor-consents tr[data-channel=email][data-purpose=news]");
        await Assertions.Expect(news.Locator(".consent-granted")).ToHaveTextAsync("No");
        await Assertions.Expect(news.Locator(".consent-source")).ToHaveTextAsync("Staff");
        await Assertions.Expect(news.Locator(".consent-date")).ToHaveTextAsync(DateOnly.FromDateTime(DateTime.UtcNow).ToString("d", CultureInfo.GetCultureInfo("en-US")));

        // An activity: committed, counted by the donor's engagement grain, shown in the panel and the timeline.
        await page.Locator("#open-log-activity").ClickAsync();
        await StaffSession.ChooseAsync(page, "#activity-type", "event-attended");
        var detail = $"Alumni dinner {Guid.NewGuid():N}";
        await page.Locator("#activity-detail").FillAsync(detail);
        await page.Locator("#save-activity").ClickAsync();
        await Assertions.Expect(page.Locator("#action-notice")).ToHaveTextAsync("Activity logged: the engagement score counts it.");
        await Assertions.Expect(time.Locator(".dimension-activities")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("#timeline-table .timeline-detail", new() { HasText = detail })).ToHaveCountAsync(1);
        var engagement = await Http.GetAsync<EngagementResponse>(api, $"/api/v1/donors/{donor.Id}/engagement");
        Assert.Equal((1, 1), (engagement.Activities, engagement.Dimensions.Single(d => d.Dimension == "time").Activities));
        Assert.Contains(engagement.Score.ToString("0.0", CultureInfo.GetCultureInfo("en-US")), await page.Locator("#engagement-score").InnerTextAsync(), StringComparison.Ordinal);

        // The officer takes the donor into their own portfolio, at a stage.
        await page.Locator("#open-assign-officer").ClickAsync();
        await StaffSession.ChooseAsync(page, "#move-officer", officer);
        await StaffSession.ChooseAsync(page, "#move-stage", "Cultivation");
        await page.Locator("#move-next-step").FillAsync("Invite to the dean's lunch");
        await page.Locator("#save-move").ClickAsync();
        await Assertions.Expect(page.Locator("#action-notice")).ToHaveTextAsync("Moves saved.");
        await Assertions.Expect(page.Locator("#donor-officer")).ToHaveTextAsync(officer);
        await Assertions.Expect(page.Locator("#donor-move-stage")).ToHaveTextAsync("Cultivation");
        var moves = await Http.GetAsync<MovesResponse>(api, $"/api/v1/donors/{donor.Id}/moves");
        Assert.Equal((officer, MoveStage.Cultivation, "Invite to the dean's lunch"), (moves.OfficerId, moves.Stage, moves.NextStep));

        // Details: a wrong address is refused field by field and saves nothing; a right one is saved through the grain.
        await page.Locator("#open-edit-details").ClickAsync();
        await page.Locator("#details-email").FillAsync("not an address");
        await page.Locator("#save-details").ClickAsync();
        await Assertions.Expect(page.Locator("#edit-details")).ToContainTextAsync("A valid e-mail address, or nothing.");
        Assert.Equal(donor.Email, (await Http.GetAsync<DonorResponse>(api, $"/api/v1/donors/{donor.Id}")).Email);
        var married = $"Wed{Guid.NewGuid():N}"[..16];
        var address = $"{married.ToLowerInvariant()}@example.org";
        await page.Locator("#details-last-name").FillAsync(married);
        await page.Locator("#details-email").FillAsync(address);
        await page.Locator("#save-details").ClickAsync();
        await Assertions.Expect(page.Locator("#action-notice")).ToHaveTextAsync("Details saved.");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"{donor.FirstName} {married}");
        var saved = await Http.GetAsync<DonorResponse>(api, $"/api/v1/donors/{donor.Id}");
        Assert.Equal((married, address), (saved.LastName, saved.Email));
    }

    [Fact]
    public async Task A_gift_officer_cannot_take_a_colleagues_prospect_from_the_donor_page()
    {
        using var api = fixture.Server.CreateClient();
        var donor = await Http.CreateDonorAsync(api, lastName: $"Taken{Guid.NewGuid():N}"[..20]);
        var colleague = $"colleague-{Guid.NewGuid():N}@example.edu";
        await Http.ReadAsync<MovesResponse>(
            await api.PutAsJsonAsync($"/api/v1/donors/{donor.Id}/moves", new { stage = "solicitation", officerId = colleague }, Json.Options),
            HttpStatusCode.OK);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await StaffSession.OpenAsAsync(browser, fixture.Server, Roles.GiftOfficer, $"donors/{donor.Id}");
        await Assertions.Expect(page.Locator("#donor-officer")).ToHaveTextAsync(colleague);

        await page.Locator("#open-assign-officer").ClickAsync();
        await page.Locator("#save-move").ClickAsync();

        await Assertions.Expect(page.Locator("#move-message")).ToContainTextAsync("You may not change this prospect's moves");
        Assert.Equal(colleague, (await Http.GetAsync<MovesResponse>(api, $"/api/v1/donors/{donor.Id}/moves")).OfficerId);
    }
}
