using System.Text.Json;
using GiveBack.Engagement.Endpoints;
using GiveBack.Engagement.Tests.Support;
using GiveBack.Testing.Host;
using Npgsql;

namespace GiveBack.Engagement.Tests;

[Collection(ScoringTests.Name)]
public sealed class StageTests(ScoringServerFixture fixture)
{
    private EngagementServer Host => fixture.Server;

    [Fact]
    public async Task Stages_climb_and_fall_with_reasons_and_each_change_raises_a_StageChanged_event()
    {
        var donor = await Host.DonorAsync();
        var now = Host.Clock.GetUtcNow();

        await Host.RecordAsync(donor, "newsletter-clicked", now);         // 1 point: aware
        Assert.Equal("aware", await StageAsync(donor));
        await Host.RecordAsync(donor, "mentored-student", now);           // 9: still aware
        Assert.Equal("aware", await StageAsync(donor));
        await Host.RecordAsync(donor, "event-attended", now);             // 12: involved
        await Host.RecordAsync(donor, "graduate-hired", now);             // 22: involved
        await Host.RecordAsync(donor, "gave", now);                       // 32: engaged
        Assert.Equal("engaged", await StageAsync(donor));

        // 181 days on: 32 × 2^(−181/365) ≈ 22.7, below engaged's 25 (and the last activity is past 180 days).
        Host.Clock.Advance(TimeSpan.FromDays(181));
        Assert.Equal("involved", await StageAsync(donor));

        // 400 days on: ≈ 15 points, but nothing for more than involved's 365 days.
        Host.Clock.Advance(TimeSpan.FromDays(219));
        Assert.Equal("aware", await StageAsync(donor));

        var changes = await Http.GetAsync<StageChangeResponse[]>(Host.Client, $"/api/v1/donors/{donor}/stage-changes");
        Assert.Equal(
            [("unaware", "aware"), ("aware", "involved"), ("involved", "engaged"), ("engaged", "involved"), ("involved", "aware")],
            changes.Select(c => (c.FromStage, c.ToStage)));
        Assert.Equal("Score 1.00 ≥ 1 and last activity 0 days ago (within 730): meets 'aware'.", changes[0].Reason);
        Assert.Equal("Score 32.00 ≥ 25 and last activity 0 days ago (within 180): meets 'engaged'.", changes[2].Reason);
        var decayed = 32 * Math.Pow(2, -181 / Weights.HalfLifeDays);
        Assert.Equal($"Score {decayed:0.00} fell below 25, required for 'engaged': now 'involved'.", changes[3].Reason);
        Assert.Equal("No activity for 400 days (more than 365), required for 'involved': now 'aware'.", changes[4].Reason);
        Assert.Equal(now.AddDays(400), changes[4].ChangedAt);

        var events = await StageChangedEventsAsync(donor);
        Assert.Equal(changes.Select(c => (c.FromStage, c.ToStage, c.Reason)), events.Select(e => (
            e.GetProperty("previousStage").GetString()!, e.GetProperty("stage").GetString()!, e.GetProperty("reason").GetString()!)));
    }

    [Fact]
    public async Task After_a_restart_the_grain_rebuilds_the_same_score_and_stage_from_the_database()
    {
        var donor = await Host.DonorAsync();
        var now = Host.Clock.GetUtcNow();
        foreach (var (type, days) in new[] { ("volunteered", 3), ("mentored-student", 20), ("gave", 40), ("career-talk", 60) })
        {
            await Host.RecordAsync(donor, type, now.AddDays(-days));
        }

        var before = await Http.GetAsync<EngagementResponse>(Host.Client, $"/api/v1/donors/{donor}/engagement");
        await Host.RestartAsync();
        var after = await Http.GetAsync<EngagementResponse>(Host.Client, $"/api/v1/donors/{donor}/engagement");

        Assert.Equal("engaged", before.Stage);
        Assert.Equal(JsonSerializer.Serialize(before), JsonSerializer.Serialize(after));
        Assert.Equal(3, (await StageChangedEventsAsync(donor)).Count); // aware, involved, engaged: none added by the restart
    }

    private async Task<string> StageAsync(Guid donor) =>
        (await Http.GetAsync<EngagementResponse>(Host.Client, $"/api/v1/donors/{donor}/engagement")).Stage;

    private async Task<List<JsonElement>> StageChangedEventsAsync(Guid donor)
    {
        await using var connection = new NpgsqlConnection(Host.Server.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT payload::text FROM outbox_messages WHERE type = 'StageChanged' AND donor_id = @donor ORDER BY id", connection);
        command.Parameters.AddWithValue("donor", donor);
        await using var reader = await command.ExecuteReaderAsync();
        var events = new List<JsonElement>();
        while (await reader.ReadAsync())
        {
            events.Add(JsonDocument.Parse(reader.GetString(0)).RootElement.Clone());
        }

        return events;
    }
}
