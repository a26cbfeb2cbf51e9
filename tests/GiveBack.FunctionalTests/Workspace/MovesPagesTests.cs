using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GiveBack.Engagement.Endpoints;
using GiveBack.Engagement.Moves;
using GiveBack.FunctionalTests.Support;
using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Playwright;

namespace GiveBack.FunctionalTests.Workspace;

/// <summary>
/// Moves management, ambassadors and the talent finder in Debian's Chromium against the real host, each page checked
/// against what the engagement API says: the signed-in administrator's portfolio holds the prospect assigned to their
/// e-mail address through the API and changes its moves; a talent recorded through the API is found by typing it; a
/// donor made an ambassador by their activities and the page's recompute is listed with the reasons.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class MovesPagesTests(ServerFixture fixture)
{
    [Fact]
    public async Task An_officer_finds_a_prospect_in_their_portfolio_and_moves_them_to_cultivation()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        using var api = fixture.Server.CreateClient();
        var surname = UniqueName("Portfolio");
        var donor = await Http.CreateDonorAsync(api, lastName: surname);
        // The officer id of a member of staff is their account's e-mail address, lowercased.
        var officer = GiveBackServer.StaffEmail.ToLowerInvariant();
        await PutMovesAsync(api, donor.Id, new { stage = "qualification", officerId = officer, nextStep = "Discovery visit", dueOn = Day(today.AddDays(-2)) });
        // A colleague's prospect, which the administrator reaches through the officer chooser.
        var colleague = $"{UniqueName("officer")}@example.edu".ToLowerInvariant();
        var colleaguesSurname = UniqueName("Colleague");
        var colleaguesProspect = await Http.CreateDonorAsync(api, lastName: colleaguesSurname);
        await PutMovesAsync(api, colleaguesProspect.Id, new { stage = "solicitation", officerId = colleague, nextStep = "Ask for 50,000" });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await SignedInPageAsync(browser, "portfolio");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Portfolio");
        await Assertions.Expect(page.Locator("#portfolio-of")).ToContainTextAsync(officer);
        var row = page.Locator("#portfolio-table tbody tr", new() { HasText = surname });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator(".prospect-stage")).ToHaveTextAsync("Qualification");
        await Assertions.Expect(row.Locator(".prospect-next-step")).ToHaveTextAsync("Discovery visit");
        await Assertions.Expect(row.Locator(".prospect-overdue")).ToBeVisibleAsync();

        await row.Locator(".edit-move").ClickAsync();
        await StaffSession.ChooseAsync(page, "#move-stage", "Cultivation");
        var nextStep = $"Campus tour with the dean ({surname})";
        await page.Locator("#move-next-step").FillAsync(nextStep);
        var due = today.AddDays(14);
        await page.Locator("#move-due-on").FillAsync(Day(due));
        await page.Locator("#save-move").ClickAsync();
        await Assertions.Expect(page.Locator("#move-message")).ToHaveTextAsync("Moves saved.");
        await Assertions.Expect(row.Locator(".prospect-stage")).ToHaveTextAsync("Cultivation");
        await Assertions.Expect(row.Locator(".prospect-next-step")).ToHaveTextAsync(nextStep);
        await Assertions.Expect(row.Locator(".prospect-overdue")).ToHaveCountAsync(0);

        var moves = await Http.GetAsync<MovesResponse>(api, $"/api/v1/donors/{donor.Id}/moves");
        Assert.Equal((MoveStage.Cultivation, officer, nextStep, (DateOnly?)due), (moves.Stage, moves.OfficerId, moves.NextStep, moves.DueOn));
        Assert.Equal([MoveStage.Qualification, MoveStage.Cultivation], moves.History.Select(h => h.Stage));
        var portfolio = await Http.GetAsync<PortfolioResponse>(api, $"/api/v1/officers/{officer}/portfolio");
        Assert.Contains(portfolio.Items, p => p.DonorId == donor.Id && p.Stage == MoveStage.Cultivation && !p.Overdue);

        await StaffSession.ChooseAsync(page, "#officer-choice", colleague);
        await Assertions.Expect(page.Locator("#portfolio-of")).ToContainTextAsync(colleague);
        var colleaguesRow = page.Locator("#portfolio-table tbody tr", new() { HasText = colleaguesSurname });
        await Assertions.Expect(colleaguesRow.Locator(".prospect-stage")).ToHaveTextAsync("Solicitation");
        await Assertions.Expect(page.Locator("#portfolio-table tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#summary-prospects")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("#stage-count-solicitation")).ToHaveTextAsync("1");
    }

    [Fact]
    public async Task Who_can_mentor_in_data_science_in_Lyon_is_found_by_typing_the_skill_and_the_city()
    {
        using var api = fixture.Server.CreateClient();
        var surname = UniqueName("Talent");
        var donor = await Http.CreateDonorAsync(api, lastName: surname);
        var skill = $"data science {surname}";
        var industry = $"Biotech {surname}";
        var talent = await Http.ReadAsync<TalentResponse>(
            await api.PutAsJsonAsync($"/api/v1/donors/{donor.Id}/talent", new { skills = new[] { skill, "mentoring" }, industry, city = "Lyon" }, Json.Options),
            HttpStatusCode.OK);
        Assert.Contains(skill.ToLowerInvariant(), talent.Skills);
        Assert.Equal("Lyon", talent.City);
        // The same skill in another city: the city is what tells them apart.
        var parisian = await Http.CreateDonorAsync(api, lastName: surname + "paris");
        await Http.ReadAsync<TalentResponse>(
            await api.PutAsJsonAsync($"/api/v1/donors/{parisian.Id}/talent", new { skills = new[] { skill }, industry, city = "Paris" }, Json.Options),
            HttpStatusCode.OK);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await SignedInPageAsync(browser, "talent");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Talent finder");
        await Assertions.Expect(page.Locator("#no-talent")).ToHaveTextAsync("Type a skill, a city or an industry, or choose an activity, to find people.");
        // Typed in another case than recorded: skills are matched as the API matches them, lowercase.
        await page.Locator("#talent-skill").PressSequentiallyAsync(skill.ToUpperInvariant());
        await Assertions.Expect(page.Locator("#talent-table tbody tr")).ToHaveCountAsync(2);
        await page.Locator("#talent-city").PressSequentiallyAsync("lyon");
        var row = page.Locator("#talent-table tbody tr", new() { HasText = surname });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#talent-table tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator(".talent-city")).ToHaveTextAsync("Lyon");
        await Assertions.Expect(row.Locator(".talent-industry")).ToHaveTextAsync(industry);
        await Assertions.Expect(row.Locator(".talent-skills")).ToContainTextAsync(skill.ToLowerInvariant());

        await page.Locator("#talent-industry").PressSequentiallyAsync("another industry");
        await Assertions.Expect(page.Locator("#no-talent")).ToHaveTextAsync("No one matches every filter. Try fewer filters, or a skill as it was recorded.");
        await page.Locator("#talent-industry").FillAsync(string.Empty);
        await row.Locator("a").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Camille {surname}");
    }

    [Fact]
    public async Task An_alumna_with_the_top_score_is_listed_with_her_reasons_after_the_recompute()
    {
        using var api = fixture.Server.CreateClient();
        var surname = UniqueName("Ambassador");
        var donor = await Http.CreateDonorAsync(api, classYear: 2004, lastName: surname);
        // Thirty hires a minute ago: 300 points, more than any other donor of the shared database, so she ranks first
        // among engaged alumni and is among the top 16% however many there are.
        var occurredAt = DateTimeOffset.UtcNow.AddMinutes(-1);
        var activities = Enumerable.Range(0, 30).Select(_ => new { donorId = donor.Id, type = "graduate-hired", occurredAt }).ToArray();
        await Http.ReadAsync<JsonElement>(await Http.PostAsync(api, "/api/v1/activities/bulk", new { activities }), HttpStatusCode.Created);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await SignedInPageAsync(browser, "ambassadors");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Ambassadors");
        await Assertions.Expect(page.Locator("#ambassador-rule")).ToContainTextAsync("top 16%");
        var row = page.Locator("#ambassador-table tbody tr", new() { HasText = surname });
        await Assertions.Expect(row).ToHaveCountAsync(0);

        await page.Locator("#recompute-button").ClickAsync();
        await Assertions.Expect(page.Locator("#recompute-message")).ToContainTextAsync("ambassadors");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator(".ambassador-score")).ToHaveTextAsync("300.00");
        await Assertions.Expect(row.Locator(".ambassador-reasons")).ToContainTextAsync("Rank 1 of ");

        var engagement = await Http.GetAsync<EngagementResponse>(api, $"/api/v1/donors/{donor.Id}/engagement");
        Assert.True(engagement.Ambassador);
        Assert.Equal("ambassador", engagement.Stage);
    }

    /// <summary>The page signed in as the administrator, once it is live: a click before that would be lost.</summary>
    private Task<IPage> SignedInPageAsync(IBrowser browser, string path) => StaffSession.OpenAsAdministratorAsync(browser, fixture.Server, path);

    private static async Task PutMovesAsync(HttpClient api, Guid donorId, object moves) =>
        await Http.ReadAsync<MovesResponse>(await api.PutAsJsonAsync($"/api/v1/donors/{donorId}/moves", moves, Json.Options), HttpStatusCode.OK);

    // Letters only, so a name no other test uses matches this donor alone.
    private static string UniqueName(string prefix) =>
        prefix + string.Concat(Guid.NewGuid().ToByteArray().Take(6).Select(b => (char)('a' + (b % 26))));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
