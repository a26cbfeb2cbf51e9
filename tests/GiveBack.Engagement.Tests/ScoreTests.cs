using GiveBack.Engagement.Endpoints;
using GiveBack.Engagement.Tests.Support;
using GiveBack.Testing.Host;

namespace GiveBack.Engagement.Tests;

[Collection(ScoringTests.Name)]
public sealed class ScoreTests(ScoringServerFixture fixture)
{
    private const double Precision = 1e-6;

    private EngagementServer Host => fixture.Server;

    [Fact]
    public async Task Score_decays_with_the_half_life_and_is_explained_by_dimension()
    {
        var donor = await Host.DonorAsync();
        var now = Host.Clock.GetUtcNow();
        (string Type, DateTimeOffset At)[] activities =
        [
            ("mentored-student", now.AddDays(-10)),
            ("career-talk", now.AddDays(-400)),
            ("event-attended", now.AddDays(-30)),
            ("volunteered", now.AddDays(-700)),
            ("newsletter-opened", now.AddHours(-5)),
            ("alum-referred", now.AddDays(-90)),
            ("gave", now.AddDays(-365)),
        ];
        foreach (var (type, at) in activities)
        {
            await Host.RecordAsync(donor, type, at);
        }

        await AssertScoreAsync(donor, activities);

        // A year and a half later, without a new activity, every point has decayed by the same formula.
        Host.Clock.Advance(TimeSpan.FromDays(547.5));
        await AssertScoreAsync(donor, activities);
    }

    [Fact]
    public async Task A_donor_without_activities_is_unaware_with_a_zero_score()
    {
        var donor = await Host.DonorAsync();

        var engagement = await Http.GetAsync<EngagementResponse>(Host.Client, $"/api/v1/donors/{donor}/engagement");

        Assert.Equal("unaware", engagement.Stage);
        Assert.Equal(0, engagement.Score);
        Assert.All(engagement.Dimensions, d => Assert.Equal(0, d.Score));
        Assert.Empty(await Http.GetAsync<StageChangeResponse[]>(Host.Client, $"/api/v1/donors/{donor}/stage-changes"));
    }

    private async Task AssertScoreAsync(Guid donor, (string Type, DateTimeOffset At)[] activities)
    {
        var now = Host.Clock.GetUtcNow();
        var engagement = await Http.GetAsync<EngagementResponse>(Host.Client, $"/api/v1/donors/{donor}/engagement");

        Assert.Equal(now, engagement.AsOf);
        Assert.Equal(Weights.Score(activities, now), engagement.Score, 3);
        Assert.Equal(["attention", "time", "talent", "treasure"], engagement.Dimensions.Select(d => d.Dimension));
        foreach (var dimension in engagement.Dimensions)
        {
            Assert.Equal(Weights.Score(activities, now, dimension.Dimension), dimension.Score, 3);
            Assert.Equal(activities.Count(a => Weights.Types[a.Type].Dimension == dimension.Dimension), dimension.Activities);
        }

        Assert.True(Math.Abs(engagement.Dimensions.Sum(d => d.Score) - engagement.Score) < 1e-3 + Precision);
        Assert.Equal(activities.Length, engagement.Activities);
        Assert.Equal(activities.Max(a => a.At), engagement.LastActivityAt);
    }
}
