using System.Net;
using System.Text.Json;
using GiveBack.Domain.Paging;
using GiveBack.Engagement.Endpoints;
using GiveBack.Engagement.Grains;
using GiveBack.Engagement.Jobs;
using GiveBack.Engagement.Reporting;
using GiveBack.Engagement.Segments;
using GiveBack.Engagement.Tests.Support;
using GiveBack.Testing.Host;
using GiveBack.Testing;

namespace GiveBack.Engagement.Tests;

/// <summary>A host of its own: the ambassadors are computed over every donor in the database, so no other test may add any.</summary>
public sealed class AmbassadorTests : IAsyncLifetime
{
    private EngagementServer _host = null!;

    private HttpClient Client => _host.Client;

    public async Task InitializeAsync() =>
        _host = await EngagementServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Engagement:RecomputeEnabled"] = "true",
            ["Engagement:RecomputeInterval"] = "01:00:00",
        });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_scheduled_recompute_makes_the_top_16_percent_of_engaged_alumni_ambassadors_with_reasons()
    {
        var plan = await BuildCommunityAsync();

        // One interval later the scheduled job runs: fired here through the real clustered Quartz scheduler, because
        // Quartz keeps the wall clock while the engagement clock is the test's.
        _host.Clock.Advance(TimeSpan.FromHours(1));
        await _host.Server.RunJobAsync(AmbassadorRecomputeJob.Key);
        var now = _host.Clock.GetUtcNow();
        var report = await Eventually.MatchesAsync(
            () => Http.GetAsync<EngagementReport>(Client, "/api/v1/reports/engagement"),
            r => r.Stages.Single(s => s.Stage == "ambassador").Donors >= 4,
            "the scheduled recompute to designate ambassadors");

        var engagedAlumni = Ranked(plan.Where(p => p.ClassYear is not null && p.Kind == "engaged"), now);
        Assert.Equal(20, engagedAlumni.Count);
        var expected = engagedAlumni.Take(4).ToList(); // ⌈0.16 × 20⌉ = 4
        Assert.Equal(expected.Select(e => e.DonorId), report.Ambassadors.Select(a => a.DonorId));
        for (var i = 0; i < expected.Count; i++)
        {
            var ambassador = report.Ambassadors[i];
            Assert.Equal(Weights.Score(expected[i].Activities, now), ambassador.Score, 3);
            Assert.Equal($"Rank {i + 1} of 20 engaged alumni by score; the top 16% is 4.", ambassador.Reasons[0]);
            Assert.StartsWith("Score ", ambassador.Reasons[1], StringComparison.Ordinal);
            Assert.Contains("talent", ambassador.Reasons[1], StringComparison.Ordinal);
        }

        // Friends have the highest scores of all but are not alumni; involved alumni are not engaged.
        Assert.Equal(
            [("unaware", 0), ("aware", 0), ("involved", 4), ("engaged", 19), ("ambassador", 4)],
            report.Stages.Select(s => (s.Stage, s.Donors)));
        Assert.Equal(27, report.Donors);
        foreach (var dimension in report.Dimensions)
        {
            var activities = plan.SelectMany(p => p.Activities).Where(a => Weights.Types[a.Type].Dimension == dimension.Dimension).ToList();
            Assert.Equal(plan.Count(p => p.Activities.Any(a => Weights.Types[a.Type].Dimension == dimension.Dimension)), dimension.Donors);
            Assert.Equal(activities.Count, dimension.Activities);
            Assert.Equal(Weights.Score(activities, now), dimension.Score, 3);
        }

        var first = expected[0].DonorId;
        var changes = await Http.GetAsync<StageChangeResponse[]>(Client, $"/api/v1/donors/{first}/stage-changes");
        Assert.Equal(("engaged", "ambassador"), (changes[^1].FromStage, changes[^1].ToStage));
        Assert.StartsWith("Designated an ambassador: Rank 1 of 20", changes[^1].Reason, StringComparison.Ordinal);
        var engagement = await Http.GetAsync<EngagementResponse>(Client, $"/api/v1/donors/{first}/engagement");
        Assert.True(engagement.Ambassador);
        Assert.Equal(report.Ambassadors[0].Reasons, engagement.AmbassadorReasons);
        Assert.Equal(1, await _host.ScalarAsync(
            "SELECT count(*) FROM outbox_messages WHERE type = 'StageChanged' AND donor_id = @donor AND payload->>'stage' = 'ambassador' AND (payload->>'ambassador')::bool",
            first));

        var csv = await CsvAsync();
        Assert.Contains("stage,ambassador,4,,,,,,,\r\n", csv, StringComparison.Ordinal);
        Assert.Equal(4, csv.Split("\r\n").Count(l => l.StartsWith("ambassador,", StringComparison.Ordinal)));

        var segment = await Http.ReadAsync<SegmentResponse>(
            await Http.PostAsync(Client, "/api/v1/segments", new { name = "Ambassadors", ambassador = true }), HttpStatusCode.Created);
        var members = await Http.GetAsync<Page<SegmentMember>>(Client, $"/api/v1/segments/{segment.Id}/donors");
        Assert.Equal(expected.Select(e => e.DonorId).Order(), members.Items.Select(m => m.DonorId).Order());
        Assert.All(members.Items, m => Assert.Equal("ambassador", m.Stage));

        await A_new_leader_displaces_the_last_ambassador_at_the_next_recompute(plan, expected);
    }

    private async Task A_new_leader_displaces_the_last_ambassador_at_the_next_recompute(List<PlannedDonor> plan, List<PlannedDonor> before)
    {
        var now = _host.Clock.GetUtcNow();
        var riser = Ranked(plan.Where(p => p.ClassYear is not null && p.Kind == "engaged"), now)[4];
        var hires = Enumerable.Range(0, 3).Select(_ => ("graduate-hired", now)).ToList();
        await ImportAsync([(riser.DonorId, hires)]);
        riser.Activities.AddRange(hires);

        var result = await Http.ReadAsync<AmbassadorRecomputeResult>(
            await Http.PostAsync(Client, "/api/v1/engagement/ambassadors/recompute", new { }), HttpStatusCode.OK);

        var expected = Ranked(plan.Where(p => p.ClassYear is not null && p.Kind == "engaged"), now).Take(4).Select(p => p.DonorId).ToList();
        Assert.Equal(riser.DonorId, expected[0]);
        Assert.Equal(expected.Order(), result.Ambassadors.Order());
        Assert.Equal(20, result.EngagedAlumni);
        var displaced = before[3].DonorId;
        Assert.DoesNotContain(displaced, result.Ambassadors);
        var changes = await Http.GetAsync<StageChangeResponse[]>(Client, $"/api/v1/donors/{displaced}/stage-changes");
        Assert.Equal(("ambassador", "engaged"), (changes[^1].FromStage, changes[^1].ToStage));
        Assert.StartsWith("No longer among the designated ambassadors: Rank 5 of 20", changes[^1].Reason, StringComparison.Ordinal);
        Assert.Equal("ambassador", (await Http.GetAsync<EngagementResponse>(Client, $"/api/v1/donors/{riser.DonorId}/engagement")).Stage);
    }

    /// <summary>20 engaged alumni with distinct scores, 3 friends scoring higher still, and 4 alumni who are only involved.</summary>
    private async Task<List<PlannedDonor>> BuildCommunityAsync()
    {
        var now = _host.Clock.GetUtcNow();
        var plan = new List<PlannedDonor>();
        for (var i = 0; i < 20; i++)
        {
            var activities = new List<(string, DateTimeOffset)>
            {
                ("gave", now.AddDays(-(i + 1))),
                ("graduate-hired", now.AddDays(-((2 * i) + 5))),
                ("mentored-student", now.AddDays(-((3 * i) + 1))),
            };
            activities.AddRange(Enumerable.Range(0, i % 3).Select(_ => ("volunteered", now.AddDays(-7))));
            plan.Add(new PlannedDonor(await _host.DonorAsync(2000 + i), 2000 + i, "engaged", activities));
        }

        for (var j = 0; j < 3; j++)
        {
            var activities = Enumerable.Range(1, 4).Select(d => ("gave", now.AddDays(-d))).Append(("graduate-hired", now.AddDays(-1))).ToList();
            plan.Add(new PlannedDonor(await _host.DonorAsync(classYear: null), null, "friend", activities));
        }

        for (var k = 0; k < 4; k++)
        {
            List<(string, DateTimeOffset)> activities = [("gave", now.AddDays(-10)), ("newsletter-clicked", now.AddDays(-(k + 1)))];
            plan.Add(new PlannedDonor(await _host.DonorAsync(1990 + k), 1990 + k, "involved", activities));
        }

        await ImportAsync([.. plan.Select(p => (p.DonorId, p.Activities))]);
        return plan;
    }

    private async Task ImportAsync(List<(Guid DonorId, List<(string Type, DateTimeOffset At)> Activities)> donors)
    {
        var items = donors.SelectMany(d => d.Activities.Select(a => new { donorId = d.DonorId, type = a.Type, occurredAt = a.At })).ToArray();
        await Http.ReadAsync<JsonElement>(await Http.PostAsync(Client, "/api/v1/activities/bulk", new { activities = items }), HttpStatusCode.Created);
    }

    /// <summary>The independent ranking: score by the textbook formula, ties by the latest activity then the id.</summary>
    private static List<PlannedDonor> Ranked(IEnumerable<PlannedDonor> donors, DateTimeOffset now) =>
        [.. donors.OrderByDescending(d => Weights.Score(d.Activities, now)).ThenByDescending(d => d.Activities.Max(a => a.At)).ThenBy(d => d.DonorId)];

    private async Task<string> CsvAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/reports/engagement");
        request.Headers.Accept.ParseAdd("text/csv");
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private sealed record PlannedDonor(Guid DonorId, int? ClassYear, string Kind, List<(string Type, DateTimeOffset At)> Activities);
}
