using System.Net;
using System.Net.Http.Json;
using GiveBack.Domain.Paging;
using GiveBack.Engagement.Endpoints;
using GiveBack.Engagement.Tests.Support;
using GiveBack.Testing.Host;

namespace GiveBack.Engagement.Tests;

[Collection(ScoringTests.Name)]
public sealed class InputTests(ScoringServerFixture fixture)
{
    private EngagementServer Host => fixture.Server;

    private HttpClient Client => Host.Client;

    [Fact]
    public async Task A_bad_activity_is_a_problem_naming_each_field_and_records_nothing()
    {
        var donor = await Host.DonorAsync();

        var problem = await Http.ProblemAsync(
            await Http.PostAsync(Client, $"/api/v1/donors/{donor}/activities", new { type = "juggling", detail = new string('x', 501) }),
            HttpStatusCode.BadRequest);
        Assert.Contains("mentored-student", Http.ErrorsFor(problem, "type")[0], StringComparison.Ordinal);
        Assert.NotEmpty(Http.ErrorsFor(problem, "occurredAt"));
        Assert.NotEmpty(Http.ErrorsFor(problem, "detail"));

        var future = Host.Clock.GetUtcNow().AddDays(2);
        problem = await Http.ProblemAsync(
            await Http.PostAsync(Client, $"/api/v1/donors/{donor}/activities", new { type = "gave", occurredAt = future }),
            HttpStatusCode.BadRequest);
        Assert.NotEmpty(Http.ErrorsFor(problem, "occurredAt"));

        problem = await Http.ProblemAsync(
            await Http.PostAsync(Client, $"/api/v1/donors/{donor}/activities", new { type = "gave", occurredAt = "last tuesday" }),
            HttpStatusCode.BadRequest);
        Assert.NotEmpty(Http.ErrorsFor(problem, "occurredAt"));

        await AssertNoActivitiesAsync(donor);
        Assert.Equal("unaware", (await Http.GetAsync<EngagementResponse>(Client, $"/api/v1/donors/{donor}/engagement")).Stage);
    }

    [Fact]
    public async Task A_bulk_import_with_one_bad_item_names_it_and_records_none()
    {
        var donor = await Host.DonorAsync();
        var now = Host.Clock.GetUtcNow();

        var problem = await Http.ProblemAsync(
            await Http.PostAsync(Client, "/api/v1/activities/bulk", new
            {
                activities = new object[]
                {
                    new { donorId = donor, type = "event-attended", occurredAt = now },
                    new { donorId = donor, type = "knitting", occurredAt = now },
                },
            }),
            HttpStatusCode.BadRequest);
        Assert.NotEmpty(Http.ErrorsFor(problem, "activities[1].type"));

        problem = await Http.ProblemAsync(
            await Http.PostAsync(Client, "/api/v1/activities/bulk", new
            {
                activities = new object[]
                {
                    new { donorId = donor, type = "event-attended", occurredAt = now },
                    new { donorId = Guid.NewGuid(), type = "event-attended", occurredAt = now },
                },
            }),
            HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(Http.ErrorsFor(problem, "activities[1].donorId"));

        problem = await Http.ProblemAsync(await Http.PostAsync(Client, "/api/v1/activities/bulk", new { activities = Array.Empty<object>() }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Http.ErrorsFor(problem, "activities"));

        await AssertNoActivitiesAsync(donor);
    }

    [Fact]
    public async Task A_retried_activity_is_recorded_once_and_a_reused_key_is_refused()
    {
        var donor = await Host.DonorAsync();
        var other = await Host.DonorAsync();
        var now = Host.Clock.GetUtcNow();
        var key = Guid.NewGuid().ToString();
        var body = new { type = "volunteered", occurredAt = now, detail = "Open day" };

        var first = await Http.ReadAsync<ActivityResponse>(await Http.PostAsync(Client, $"/api/v1/donors/{donor}/activities", body, key), HttpStatusCode.Created);
        var again = await Http.ReadAsync<ActivityResponse>(await Http.PostAsync(Client, $"/api/v1/donors/{donor}/activities", body, key), HttpStatusCode.OK);
        Assert.Equal(first, again);
        Assert.Equal(("time", 5.0), (first.Dimension, first.Weight));

        var reused = await Http.PostAsync(Client, $"/api/v1/donors/{donor}/activities", body with { detail = "Reunion" }, key);
        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(reused, HttpStatusCode.UnprocessableEntity), "Idempotency-Key"));

        var bulk = new { activities = new object[] { new { donorId = donor, type = "gave", occurredAt = now }, new { donorId = other, type = "gave", occurredAt = now } } };
        var bulkKey = Guid.NewGuid().ToString();
        var imported = await Http.ReadAsync<BulkActivitiesResponse>(await Http.PostAsync(Client, "/api/v1/activities/bulk", bulk, bulkKey), HttpStatusCode.Created);
        var replayed = await Http.ReadAsync<BulkActivitiesResponse>(await Http.PostAsync(Client, "/api/v1/activities/bulk", bulk, bulkKey), HttpStatusCode.OK);
        Assert.Equal((2, 0), (imported.Recorded, imported.AlreadyRecorded));
        Assert.Equal((0, 2), (replayed.Recorded, replayed.AlreadyRecorded));

        var activities = await Http.GetAsync<Page<ActivityResponse>>(Client, $"/api/v1/donors/{donor}/activities");
        Assert.Equal(2, activities.Total);
        var engagement = await Http.GetAsync<EngagementResponse>(Client, $"/api/v1/donors/{donor}/engagement");
        Assert.Equal(15, engagement.Score, 6);
    }

    [Fact]
    public async Task Bad_talent_moves_segments_and_searches_are_problems_naming_the_field_and_change_nothing()
    {
        var donor = await Host.DonorAsync();

        var problem = await Http.ProblemAsync(
            await Client.PutAsJsonAsync($"/api/v1/donors/{donor}/talent", new { skills = new[] { "python", new string('k', 51) }, industry = "Tech" }, Json.Options),
            HttpStatusCode.BadRequest);
        Assert.NotEmpty(Http.ErrorsFor(problem, "skills"));
        Assert.Empty((await Http.GetAsync<TalentResponse>(Client, $"/api/v1/donors/{donor}/talent")).Skills);

        problem = await Http.ProblemAsync(
            await Client.PutAsJsonAsync($"/api/v1/donors/{donor}/moves", new { stage = "closing", officerId = "ada" }, Json.Options),
            HttpStatusCode.BadRequest);
        Assert.NotEmpty(Http.ErrorsFor(problem, "stage"));
        problem = await Http.ProblemAsync(
            await Client.PutAsJsonAsync($"/api/v1/donors/{donor}/moves", new { stage = "cultivation", officerId = "ada lovelace", dueOn = "1999-01-01" }, Json.Options),
            HttpStatusCode.BadRequest);
        Assert.NotEmpty(Http.ErrorsFor(problem, "officerId"));
        Assert.NotEmpty(Http.ErrorsFor(problem, "dueOn"));
        await Http.ProblemAsync(await Client.GetAsync($"/api/v1/donors/{donor}/moves"), HttpStatusCode.NotFound);

        problem = await Http.ProblemAsync(await Http.PostAsync(Client, "/api/v1/segments", new { stage = "hero", lybuntFiscalYear = 1066 }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Http.ErrorsFor(problem, "name"));
        Assert.NotEmpty(Http.ErrorsFor(problem, "stage"));
        Assert.NotEmpty(Http.ErrorsFor(problem, "lybuntFiscalYear"));
        Assert.Equal(0, (await Http.GetAsync<Page<SegmentResponse>>(Client, "/api/v1/segments")).Total);

        problem = await Http.ProblemAsync(await Client.GetAsync("/api/v1/donors/talent"), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Http.ErrorsFor(problem, "skill"));
        problem = await Http.ProblemAsync(await Client.GetAsync("/api/v1/donors/talent?activity=juggling"), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Http.ErrorsFor(problem, "activity"));
        problem = await Http.ProblemAsync(await Client.GetAsync("/api/v1/officers/not%20an%20id/portfolio"), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Http.ErrorsFor(problem, "id"));

        await Http.ProblemAsync(
            await Http.PostAsync(Client, $"/api/v1/donors/{Guid.NewGuid()}/activities", new { type = "gave", occurredAt = Host.Clock.GetUtcNow() }),
            HttpStatusCode.NotFound);
    }

    private async Task AssertNoActivitiesAsync(Guid donor)
    {
        var activities = await Http.GetAsync<Page<ActivityResponse>>(Client, $"/api/v1/donors/{donor}/activities");
        Assert.Equal(0, activities.Total);
    }
}
