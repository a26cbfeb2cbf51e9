using System.Net;
using GiveBack.Domain.Outreach;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Giving.Jobs;
using GiveBack.Outreach.Jobs;
using GiveBack.Testing.Host;
using Npgsql;

namespace GiveBack.FunctionalTests.Pledges;

/// <summary>The campaign calendar and the LYBUNT appeal, driven on a fake clock through the real scheduler.</summary>
public sealed class CalendarJobTests : IAsyncLifetime
{
    private readonly PledgeWorld _world = new();

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => _world.DisposeAsync();

    [Fact]
    public async Task A_campaign_opens_and_closes_on_its_dates_once_and_refuses_gifts_received_after_it_closed()
    {
        var response = await Http.PostAsync(_world.Client, "/api/v1/campaigns", new
        {
            name = $"Giving Day {Guid.NewGuid():N}", currency = "EUR", goalAmount = 100_000, startsOn = "2026-01-10", endsOn = "2026-01-11",
        });
        var campaign = await Http.ReadAsync<CampaignResponse>(response, HttpStatusCode.Created);
        var donor = await Http.CreateDonorAsync(_world.Client);

        await _world.RunJobAsync(CampaignCalendarJob.Key);
        Assert.Equal((false, false), await StampsAsync(campaign.Id));
        _world.SetToday(new DateOnly(2026, 1, 10));
        await _world.RunJobAsync(CampaignCalendarJob.Key);
        Assert.Equal((true, false), await StampsAsync(campaign.Id));
        await Http.RecordGiftAsync(_world.Client, Http.Gift(donor.Id, campaign.Id, 1_000, receivedOn: "2026-01-10"));

        _world.SetToday(new DateOnly(2026, 1, 12));
        await _world.RunJobAsync(CampaignCalendarJob.Key);
        await _world.RunJobAsync(CampaignCalendarJob.Key);
        Assert.Equal((true, true), await StampsAsync(campaign.Id));
        Assert.Equal(2, await CountAsync("SELECT count(*) FROM outbox_messages WHERE type = 'CampaignMilestoneReached' AND payload->>'campaignId' = @id", campaign.Id));

        var late = await Http.PostAsync(_world.Client, "/api/v1/gifts", Http.Gift(donor.Id, campaign.Id, 500, receivedOn: "2026-01-12"), Guid.NewGuid().ToString());
        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(late, HttpStatusCode.UnprocessableEntity), "receivedOn"));
        var keyedInLate = await Http.PostAsync(_world.Client, "/api/v1/gifts", Http.Gift(donor.Id, campaign.Id, 700, receivedOn: "2026-01-11"), Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Created, keyedInLate.StatusCode);
        Assert.Equal(1_700, (await Http.GetAsync<CampaignResponse>(_world.Client, $"/api/v1/campaigns/{campaign.Id}")).Progress.RaisedAmount);
    }

    [Fact]
    public async Task The_lybunt_appeal_goes_from_its_day_to_donors_of_last_year_only_once()
    {
        var campaign = await Http.ReadAsync<CampaignResponse>(await Http.PostAsync(_world.Client, "/api/v1/campaigns", new
        {
            name = $"Annual Fund {Guid.NewGuid():N}", currency = "EUR", goalAmount = 100_000, startsOn = "2024-07-01", endsOn = "2027-06-30",
        }), HttpStatusCode.Created);
        var lapsed = await Http.CreateDonorAsync(_world.Client);
        var renewed = await Http.CreateDonorAsync(_world.Client);
        var bounced = await Http.CreateDonorAsync(_world.Client);
        await Http.RecordGiftAsync(_world.Client, Http.Gift(lapsed.Id, campaign.Id, 1_000, receivedOn: "2025-03-01"));
        await Http.RecordGiftAsync(_world.Client, Http.Gift(renewed.Id, campaign.Id, 1_000, receivedOn: "2025-03-01"));
        await Http.RecordGiftAsync(_world.Client, Http.Gift(renewed.Id, campaign.Id, 1_000, receivedOn: "2025-09-01"));
        var reversed = await Http.RecordGiftAsync(_world.Client, Http.Gift(bounced.Id, campaign.Id, 1_000, receivedOn: "2025-03-01"));
        await Http.PostAsync(_world.Client, $"/api/v1/gifts/{reversed.Id}/reversals", new { reason = "Bounced" });

        await _world.RunJobAsync(LybuntAppealJob.Key);
        Assert.Empty(await _world.MessagesAsync(OutreachKinds.LybuntAppeal, lapsed.Id));

        _world.SetToday(new DateOnly(2026, 3, 2));
        await _world.RunJobAsync(LybuntAppealJob.Key);
        await _world.RunJobAsync(LybuntAppealJob.Key);

        Assert.Equal("FY2026:" + lapsed.Id, Assert.Single(await _world.MessagesAsync(OutreachKinds.LybuntAppeal, lapsed.Id)).Reference);
        Assert.Empty(await _world.MessagesAsync(OutreachKinds.LybuntAppeal, renewed.Id));
        Assert.Empty(await _world.MessagesAsync(OutreachKinds.LybuntAppeal, bounced.Id));
    }

    private async Task<(bool Opened, bool Closed)> StampsAsync(Guid campaignId)
    {
        var opened = await CountAsync("SELECT count(*) FROM campaigns WHERE id = @id AND opened_at IS NOT NULL", campaignId);
        var closed = await CountAsync("SELECT count(*) FROM campaigns WHERE id = @id AND closed_at IS NOT NULL", campaignId);
        return (opened == 1, closed == 1);
    }

    private async Task<long> CountAsync(string sql, Guid id)
    {
        await using var connection = new NpgsqlConnection(_world.Server.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", sql.Contains("->>", StringComparison.Ordinal) ? id.ToString() : id);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
