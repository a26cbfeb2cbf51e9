using System.Net;
using GiveBack.Domain.Outreach;
using GiveBack.Domain.Paging;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Pledges.Endpoints;
using GiveBack.Pledges.Jobs;
using GiveBack.Testing.Host;
using GiveBack.Testing;

namespace GiveBack.FunctionalTests.Pledges;

/// <summary>
/// Writing off or cancelling a pledge appends a commitment row and updates the pledge. These tests make the commitment
/// write fail for real — a trigger the test installs in its own throwaway database refuses that pledge's closing row
/// (<see cref="DatabaseFault"/>) — and check that a retry finishes the close instead of calling it done.
/// </summary>
public sealed class PledgeClosingTests : IAsyncLifetime
{
    private readonly PledgeWorld _world = new();

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => _world.DisposeAsync();

    [Fact]
    public async Task A_write_off_whose_commitment_write_failed_is_completed_by_its_retry()
    {
        var (donor, campaign) = await _world.DonorAndCampaignAsync();
        var pledge = await _world.PledgeAsync(donor.Id, campaign.Id, 12_000, 4, "2026-02-01");
        Assert.Equal(HttpStatusCode.Created, (await _world.PayAsync(donor.Id, campaign.Id, pledge.Id, 3_000)).StatusCode);

        await using (await DatabaseFault.FailInsertsAsync(
            _world.Server.Database.ConnectionString, "pledge_commitments", $"NEW.pledge_id = '{pledge.Id}' AND NEW.kind <> 'pledge'"))
        {
            var failed = await WriteOffAsync(pledge.Id);
            Assert.True((int)failed.StatusCode >= 500, $"Expected a server error while the commitment write fails, got {(int)failed.StatusCode}");
        }

        var retried = await Http.ReadAsync<PledgeResponse>(await WriteOffAsync(pledge.Id), HttpStatusCode.OK);

        Assert.Equal(("writtenOff", 9_000L, 0L), (retried.Status, retried.WrittenOffAmount, retried.BalanceAmount));
        await AssertCampaignAsync(campaign.Id, raised: 3_000, committed: 3_000);
        var listed = await Http.GetAsync<Page<PledgeResponse>>(_world.Client, $"/api/v1/pledges?donorId={donor.Id}");
        Assert.Equal("writtenOff", Assert.Single(listed.Items).Status);
        _world.SetToday(new DateOnly(2026, 2, 24));
        await _world.RunJobAsync(InstallmentReminderJob.Key);
        Assert.Empty(await _world.MessagesAsync(OutreachKinds.PledgeReminder, donor.Id));

        await _world.Server.RestartAsync();
        await AssertCampaignAsync(campaign.Id, raised: 3_000, committed: 3_000);
        Assert.Equal("writtenOff", (await Http.GetAsync<PledgeResponse>(_world.Server.CreateClient(), $"/api/v1/pledges/{pledge.Id}")).Status);
    }

    [Fact]
    public async Task Closing_again_the_same_way_answers_the_closed_pledge_and_closing_the_other_way_is_a_conflict()
    {
        var (donor, campaign) = await _world.DonorAndCampaignAsync();
        var pledge = await _world.PledgeAsync(donor.Id, campaign.Id, 5_000, 1, "2026-03-01");
        var cancelled = await Http.ReadAsync<PledgeResponse>(await CancelAsync(pledge.Id), HttpStatusCode.OK);

        var again = await Http.ReadAsync<PledgeResponse>(await CancelAsync(pledge.Id), HttpStatusCode.OK);
        var writeOff = await WriteOffAsync(pledge.Id);

        Assert.Equal(("cancelled", 0L, "Pledged twice by mistake"), (cancelled.Status, cancelled.BalanceAmount, cancelled.ClosingReason));
        Assert.Equal((cancelled.Status, cancelled.BalanceAmount, cancelled.ClosingReason), (again.Status, again.BalanceAmount, again.ClosingReason));
        await Http.ProblemAsync(writeOff, HttpStatusCode.Conflict);
        await AssertCampaignAsync(campaign.Id, raised: 0, committed: 0);
    }

    private Task<HttpResponseMessage> WriteOffAsync(Guid pledgeId) =>
        Http.PostAsync(_world.Client, $"/api/v1/pledges/{pledgeId}/write-off", new { reason = "Donor's business closed" });

    private Task<HttpResponseMessage> CancelAsync(Guid pledgeId) =>
        Http.PostAsync(_world.Client, $"/api/v1/pledges/{pledgeId}/cancel", new { reason = "Pledged twice by mistake" });

    private async Task AssertCampaignAsync(Guid campaignId, long raised, long committed)
    {
        var progress = (await Http.GetAsync<CampaignResponse>(_world.Server.CreateClient(), $"/api/v1/campaigns/{campaignId}")).Progress;
        Assert.Equal((raised, committed), (progress.RaisedAmount, progress.CommittedAmount));
    }
}
