using System.Net.Http.Json;
using System.Text.Json;
using GiveBack.Domain.Paging;
using GiveBack.Engagement.Endpoints;
using GiveBack.Engagement.Moves;
using GiveBack.Engagement.Talent;
using GiveBack.Engagement.Tests.Support;
using GiveBack.Testing.Host;

namespace GiveBack.Engagement.Tests;

[Collection(RealClockTests.Name)]
public sealed class TalentAndMovesTests(RealClockServerFixture fixture)
{
    private EngagementServer Host => fixture.Server;

    private HttpClient Client => Host.Client;

    [Fact]
    public async Task The_talent_finder_matches_skills_industry_and_activities_together()
    {
        var ada = await Host.DonorAsync(lastName: "Lovelace");
        var bob = await Host.DonorAsync(lastName: "Babbage");
        var cleo = await Host.DonorAsync(lastName: "Clio");
        var dan = await Host.DonorAsync(lastName: "Dane");
        await PutTalentAsync(ada, ["Python", " public speaking ", "python"], "Software");
        await PutTalentAsync(bob, ["python"], "Finance");
        await PutTalentAsync(dan, ["Public Speaking"], null);
        var now = DateTimeOffset.UtcNow.AddMinutes(-1);
        await Host.RecordAsync(cleo, "career-talk", now);
        await Host.RecordAsync(dan, "career-talk", now);
        await Host.RecordAsync(dan, "mentored-student", now);

        var talent = await Http.GetAsync<TalentResponse>(Client, $"/api/v1/donors/{ada}/talent");
        Assert.Equal(["python", "public speaking"], talent.Skills);
        Assert.Equal("Software", talent.Industry);

        Assert.Equal([bob, ada], await FindAsync("skill=PYTHON")); // equal scores: by name
        Assert.Equal([ada], await FindAsync("industry=software"));
        Assert.Equal([dan, cleo], await FindAsync("activity=career-talk")); // Dan has done more: he comes first
        Assert.Equal([dan], await FindAsync("skill=public%20speaking&activity=career-talk"));
        Assert.Equal([bob], await FindAsync("skill=python&industry=Finance"));
        Assert.Empty(await FindAsync("skill=python&activity=career-talk"));
        var beyond = await Http.GetAsync<Page<TalentMatch>>(Client, "/api/v1/donors/talent?skill=python&offset=10");
        Assert.Equal((2, 0), (beyond.Total, beyond.Items.Count));

        var match = (await Http.GetAsync<Page<TalentMatch>>(Client, "/api/v1/donors/talent?skill=public%20speaking&activity=mentored-student")).Items.Single();
        Assert.Equal(["career-talk", "mentored-student"], match.Activities);
        Assert.Equal("involved", match.Stage);
        Assert.Equal(14, match.Score, 2);
    }

    [Fact]
    public async Task Moves_keep_their_history_and_each_officer_sees_their_portfolio()
    {
        var first = await Host.DonorAsync(lastName: "Alpha");
        var second = await Host.DonorAsync(lastName: "Beta");
        var third = await Host.DonorAsync(lastName: "Gamma");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var ada = $"ada.{Guid.NewGuid():N}"[..20];
        var bob = $"bob.{Guid.NewGuid():N}"[..20];

        await PutMovesAsync(first, new { stage = "qualification", officerId = ada, nextStep = "Discovery visit", dueOn = today.AddDays(-3) });
        var moved = await PutMovesAsync(first, new { stage = "cultivation", officerId = ada, nextStep = "Campus tour", dueOn = today.AddDays(-1) });
        var same = await PutMovesAsync(first, new { stage = "cultivation", officerId = ada, nextStep = "Campus tour", dueOn = today.AddDays(-1) });
        await PutMovesAsync(second, new { stage = "solicitation", officerId = ada, nextStep = "Ask for 50k", dueOn = today.AddDays(10) });
        await PutMovesAsync(third, new { stage = "stewardship", officerId = bob });

        Assert.Equal([MoveStage.Qualification, MoveStage.Cultivation], moved.History.Select(h => h.Stage));
        Assert.Equal(2, same.History.Count);
        var read = await Http.GetAsync<MovesResponse>(Client, $"/api/v1/donors/{first}/moves");
        Assert.Equal(JsonSerializer.Serialize(moved), JsonSerializer.Serialize(read));

        var portfolio = await Http.GetAsync<PortfolioResponse>(Client, $"/api/v1/officers/{ada}/portfolio");
        Assert.Equal([first, second], portfolio.Items.Select(p => p.DonorId));
        Assert.Equal([true, false], portfolio.Items.Select(p => p.Overdue));
        Assert.Equal((2, 1), (portfolio.Prospects, portfolio.Overdue));
        Assert.Equal(
            [(MoveStage.Identification, 0), (MoveStage.Qualification, 0), (MoveStage.Cultivation, 1), (MoveStage.Solicitation, 1), (MoveStage.Stewardship, 0)],
            portfolio.Stages.Select(s => (s.Stage, s.Prospects)));
        Assert.Equal([third], (await Http.GetAsync<PortfolioResponse>(Client, $"/api/v1/officers/{bob}/portfolio")).Items.Select(p => p.DonorId));

        // Reassigned: the prospect leaves one portfolio for the other.
        await PutMovesAsync(second, new { stage = "solicitation", officerId = bob, nextStep = "Ask for 50k", dueOn = today.AddDays(10) });
        Assert.Equal([first], (await Http.GetAsync<PortfolioResponse>(Client, $"/api/v1/officers/{ada}/portfolio")).Items.Select(p => p.DonorId));
        Assert.Equal([second, third], (await Http.GetAsync<PortfolioResponse>(Client, $"/api/v1/officers/{bob}/portfolio")).Items.Select(p => p.DonorId));
    }

    private async Task PutTalentAsync(Guid donor, string[] skills, string? industry)
    {
        var response = await Client.PutAsJsonAsync($"/api/v1/donors/{donor}/talent", new { skills, industry }, Json.Options);
        await Http.ReadAsync<TalentResponse>(response, System.Net.HttpStatusCode.OK);
    }

    private async Task<MovesResponse> PutMovesAsync(Guid donor, object body) =>
        await Http.ReadAsync<MovesResponse>(await Client.PutAsJsonAsync($"/api/v1/donors/{donor}/moves", body, Json.Options), System.Net.HttpStatusCode.OK);

    private async Task<List<Guid>> FindAsync(string query) =>
        [.. (await Http.GetAsync<Page<TalentMatch>>(Client, $"/api/v1/donors/talent?{query}")).Items.Select(m => m.DonorId)];
}
