using System.Net;
using GiveBack.Engagement.Endpoints;
using GiveBack.FunctionalTests.Support;
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
}
