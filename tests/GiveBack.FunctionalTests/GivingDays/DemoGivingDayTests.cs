using System.Net;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.GivingDays.Days;
using GiveBack.GivingDays.Endpoints;
using GiveBack.Testing;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.GivingDays;

/// <summary>
/// The demo data (./run.sh) on its own host: a giving day runs now with its match partly used, a donors challenge the
/// seeded gifts unlocked and an amount challenge still open, two ambassadors (one with a story and a goal), and its
/// public page answers; a restart seeds nothing twice.
/// </summary>
public sealed class DemoGivingDayTests
{
    /// <summary>The demo's 30 giving-day gifts: five rounds of 25, 50, 50, 100, 20 and 250 EUR, in cents.</summary>
    private const long AllGifts = 5 * (2_500 + 5_000 + 5_000 + 10_000 + 2_000 + 25_000);

    [Fact]
    public async Task The_demo_has_a_live_giving_day_with_its_match_challenges_and_ambassadors_and_a_restart_doubles_nothing()
    {
        await using var server = await GiveBackServer.StartAsync(new Dictionary<string, string?>
        {
            ["Demo:SeedData"] = "true",
            ["Demo:Alumni"] = "40",
            ["Demo:Friends"] = "0",
        });
        var client = server.CreateClient();
        var campaign = await Eventually.MatchesAsync(
            async () => (await Http.GetAsync<IReadOnlyList<CampaignResponse>>(client, "/api/v1/campaigns")).SingleOrDefault(c => c.Slug == "giving-day"),
            c => c is not null,
            "the demo giving day's campaign",
            TimeSpan.FromMinutes(2));
        var id = campaign!.Id;
        var ambassadors = await Eventually.MatchesAsync(
            () => Http.GetAsync<List<AmbassadorResponse>>(client, $"/api/v1/campaigns/{id}/ambassadors"),
            a => a.Count == 2 && a.Sum(x => x.Donors) > 0,
            "the demo ambassadors with their gifts",
            TimeSpan.FromMinutes(2));
        var challenges = await Eventually.MatchesAsync(
            () => Http.GetAsync<List<ChallengeResponse>>(client, $"/api/v1/campaigns/{id}/challenges"),
            c => c.Count == 2 && c.Single(x => x.Kind == "donors").UnlockGiftId is not null,
            "the demo donors challenge unlocked",
            TimeSpan.FromMinutes(2));

        var day = await Http.GetAsync<GivingDayResponse>(client, $"/api/v1/campaigns/{id}/giving-day");
        Assert.Equal("giving-day", day.Slug);
        Assert.True(day.StartsAt < DateTimeOffset.UtcNow && day.EndsAt > DateTimeOffset.UtcNow.AddHours(12), $"{day.StartsAt} to {day.EndsAt}");
        Assert.Null(challenges.Single(c => c.Kind == "amount").UnlockedAt);
        Assert.Single(ambassadors, a => a.Story is not null && a.GoalAmount is not null);
        // All 30 seeded gifts (247,500 cents) matched one for one: the cap (1,000,000) partly used.
        var match = Assert.Single(await Eventually.MatchesAsync(
            () => Http.GetAsync<List<MatchResponse>>(client, $"/api/v1/campaigns/{id}/matches"),
            m => m.Count == 1 && m[0].MatchedAmount == AllGifts,
            "every seeded gift matched",
            TimeSpan.FromMinutes(2)));
        Assert.InRange(match.MatchedAmount, 1, match.CapAmount - 1);

        using var anonymous = server.CreateClient(apiKey: null);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri(day.PageUrl, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri(day.ScreenUrl, UriKind.Relative))).StatusCode);

        // A restart finds what it made: the same gifts, the same match figure.
        await server.RestartAsync();
        client = server.CreateClient();
        var again = Assert.Single(await Http.GetAsync<List<MatchResponse>>(client, $"/api/v1/campaigns/{id}/matches"));
        Assert.Equal(AllGifts, again.MatchedAmount);
        Assert.Equal(2, (await Http.GetAsync<List<AmbassadorResponse>>(client, $"/api/v1/campaigns/{id}/ambassadors")).Count);
    }
}
