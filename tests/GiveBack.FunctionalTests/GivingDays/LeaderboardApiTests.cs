using System.Net;
using GiveBack.FunctionalTests.Support;
using GiveBack.GivingDays.Leaderboards;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.GivingDays;

/// <summary>
/// A giving day's leaderboards on the real host, each read once after its gifts (the boards are read at most once a
/// second per campaign). Class years are this class's own, so no other test's donors are alumni of record of them.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class LeaderboardApiTests(ServerFixture fixture)
{
    private readonly HttpClient _client = fixture.Server.CreateClient();

    [Fact]
    public async Task Classes_are_ranked_on_each_measure_with_ties_sharing_a_rank_and_the_class_of_the_hour_has_the_most_donors()
    {
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Day of giving");
        await GivingDaySetup.RunningDayAsync(_client, campaign.Id);
        foreach (var (year, amount) in new[] { (1951, 10_000L), (1951, 10_000L), (1952, 20_000L), (1953, 5_000L) })
        {
            var donor = await Http.CreateDonorAsync(_client, classYear: year);
            await GivingDaySetup.GiveAsync(_client, donor.Id, campaign.Id, amount);
        }

        var byAmount = await BoardAsync(campaign.Id, "classYear", "amount");
        var byDonors = await BoardAsync(campaign.Id, "classYear", "donors");

        Assert.Equal([("1951", 1), ("1952", 1), ("1953", 3)], byAmount.Rows.Select(r => (r.Key, r.Rank)));
        Assert.Equal([20_000L, 20_000L, 5_000L], byAmount.Rows.Select(r => r.Amount));
        Assert.All(byAmount.Rows, r => Assert.Equal("EUR", r.Currency));
        Assert.Equal([("1951", 2, 1), ("1952", 1, 2), ("1953", 1, 2)], byDonors.Rows.Select(r => (r.Key, r.Donors, r.Rank)));
        Assert.Equal(new ClassOfTheHour(1951, 2, 20_000), byAmount.ClassOfTheHour);
    }

    [Fact]
    public async Task Participation_is_a_class_donors_over_its_alumni_of_record_and_a_sponsors_matching_gift_counts_for_no_class()
    {
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Day of giving");
        await GivingDaySetup.RunningDayAsync(_client, campaign.Id);
        var sponsor = await Http.CreateDonorAsync(_client, classYear: 1961, firstName: "Board");
        await Http.ReadAsync<object>(
            await Http.PostAsync(_client, $"/api/v1/campaigns/{campaign.Id}/matches", new
            {
                sponsorDonorId = sponsor.Id, ratio = 1.0m, per = "amount", capAmount = 1_000_000,
                startsAt = DateTimeOffset.UtcNow.AddHours(-1), endsAt = DateTimeOffset.UtcNow.AddHours(1),
            }, Guid.NewGuid().ToString()),
            HttpStatusCode.Created);

        // 1961: the sponsor and four alumni, one of whom gives (and is matched); 1962: two alumni, one gives.
        var class61 = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            class61.Add((await Http.CreateDonorAsync(_client, classYear: 1961)).Id);
        }

        var class62 = new[] { (await Http.CreateDonorAsync(_client, classYear: 1962)).Id, (await Http.CreateDonorAsync(_client, classYear: 1962)).Id };
        await GivingDaySetup.GiveAsync(_client, class61[0], campaign.Id, 30_000);
        await GivingDaySetup.GiveAsync(_client, class62[0], campaign.Id, 1_000);

        var board = await BoardAsync(campaign.Id, "classYear", "participation");

        Assert.Equal([("1962", 1, 1_000L, 0.5m, 1), ("1961", 1, 30_000L, 0.2m, 2)], board.Rows.Select(r => (r.Key, r.Donors, r.Amount, r.Participation!.Value, r.Rank)));
    }

    [Fact]
    public async Task Funds_are_ranked_on_money_and_donors()
    {
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Day of giving");
        await GivingDaySetup.RunningDayAsync(_client, campaign.Id);
        var (ann, bob) = ((await Http.CreateDonorAsync(_client, classYear: 1971)).Id, (await Http.CreateDonorAsync(_client, classYear: 1972)).Id);
        await GivingDaySetup.GiveAsync(_client, ann, campaign.Id, 5_000, fund: "Library");
        await GivingDaySetup.GiveAsync(_client, bob, campaign.Id, 2_000, fund: "Library");
        await GivingDaySetup.GiveAsync(_client, ann, campaign.Id, 9_000, fund: "Athletics");
        await GivingDaySetup.GiveAsync(_client, bob, campaign.Id, 1_000);

        var byAmount = await BoardAsync(campaign.Id, "fund", "amount");
        var byDonors = await BoardAsync(campaign.Id, "fund", "donors");

        Assert.Equal([("Athletics", 9_000L, 1, 1), ("Library", 7_000L, 2, 2)], byAmount.Rows.Select(r => (r.Key, r.Amount, r.Donors, r.Rank)));
        Assert.Equal(["Library", "Athletics"], byDonors.Rows.Select(r => r.Key));
        Assert.All(byAmount.Rows, r => Assert.Null(r.Participation));
    }

    [Theory]
    [InlineData("by=year&measure=amount", "by")]
    [InlineData("by=classYear&measure=dollars", "measure")]
    [InlineData("by=fund&measure=participation", "measure")]
    public async Task A_bad_board_or_measure_is_a_problem(string query, string field)
    {
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Day of giving");
        var problem = await Http.ProblemAsync(await _client.GetAsync($"/api/v1/campaigns/{campaign.Id}/leaderboards?{query}"), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Http.ErrorsFor(problem, field));
    }

    [Fact]
    public async Task Without_a_sign_in_there_is_no_leaderboard_and_an_unknown_campaign_has_none()
    {
        using var anonymous = fixture.Server.CreateClient(apiKey: null);
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Day of giving");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/campaigns/{campaign.Id}/leaderboards?by=classYear&measure=amount")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/v1/campaigns/{Guid.NewGuid()}/leaderboards?by=fund&measure=amount")).StatusCode);
    }

    private Task<Leaderboard> BoardAsync(Guid campaignId, string by, string measure) =>
        Http.GetAsync<Leaderboard>(_client, $"/api/v1/campaigns/{campaignId}/leaderboards?by={by}&measure={measure}");
}
