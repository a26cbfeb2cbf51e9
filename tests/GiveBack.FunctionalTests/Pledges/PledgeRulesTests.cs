using System.Net;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Pledges.Endpoints;
using GiveBack.Domain.Paging;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Pledges;

public sealed class PledgeRulesTests : IAsyncLifetime
{
    private readonly PledgeWorld _world = new();

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => _world.DisposeAsync();

    [Fact]
    public async Task Write_off_and_cancellation_change_committed_never_received()
    {
        var (donor, campaign) = await _world.DonorAndCampaignAsync();
        var writtenOff = await _world.PledgeAsync(donor.Id, campaign.Id, 12_000, 4, "2026-01-10");
        var cancelled = await _world.PledgeAsync(donor.Id, campaign.Id, 5_000, 1, "2026-03-01");
        await Http.PostAsync(_world.Client, "/api/v1/gifts", new { donorId = donor.Id, campaignId = campaign.Id, amount = 700, currency = "EUR", receivedOn = "2026-01-01", method = "cash" }, "outright");
        Assert.Equal(HttpStatusCode.Created, (await _world.PayAsync(donor.Id, campaign.Id, writtenOff.Id, 3_000)).StatusCode);
        var before = await ProgressAsync(campaign.Id);
        Assert.Equal((3_700L, 12_000L + 5_000 + 700), (before.RaisedAmount, before.CommittedAmount));

        var afterWriteOff = await Http.ReadAsync<PledgeResponse>(
            await Http.PostAsync(_world.Client, $"/api/v1/pledges/{writtenOff.Id}/write-off", new { reason = "Donor's business closed" }), HttpStatusCode.OK);
        await Http.ReadAsync<PledgeResponse>(await Http.PostAsync(_world.Client, $"/api/v1/pledges/{cancelled.Id}/cancel", new { reason = "Changed mind" }), HttpStatusCode.OK);

        Assert.Equal(("writtenOff", 9_000L, 0L), (afterWriteOff.Status, afterWriteOff.WrittenOffAmount, afterWriteOff.BalanceAmount));
        var after = await ProgressAsync(campaign.Id);
        Assert.Equal((3_700L, 3_000L + 700), (after.RaisedAmount, after.CommittedAmount));
        await _world.Server.RestartAsync();
        var rebuilt = (await Http.GetAsync<CampaignResponse>(_world.Server.CreateClient(), $"/api/v1/campaigns/{campaign.Id}")).Progress;
        Assert.Equal((after.RaisedAmount, after.CommittedAmount), (rebuilt.RaisedAmount, rebuilt.CommittedAmount));
    }

    [Fact]
    public async Task Bad_pledges_and_bad_payments_are_clear_problems_that_change_nothing()
    {
        var (donor, campaign) = await _world.DonorAndCampaignAsync();
        var client = _world.Client;

        var past = await Http.PostAsync(client, "/api/v1/pledges", new { donorId = donor.Id, campaignId = campaign.Id, amount = 1_000, currency = "EUR", installmentCount = 2, frequency = "monthly", firstDueOn = "2025-12-01" });
        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(past, HttpStatusCode.BadRequest), "firstDueOn"));
        var zero = await Http.PostAsync(client, "/api/v1/pledges", new { donorId = donor.Id, campaignId = campaign.Id, amount = 1_000, currency = "EUR", installmentCount = 0, frequency = "monthly", firstDueOn = "2026-02-01" });
        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(zero, HttpStatusCode.BadRequest), "installmentCount"));
        var currency = await Http.PostAsync(client, "/api/v1/pledges", new { donorId = donor.Id, campaignId = campaign.Id, amount = 1_000, currency = "USD", installmentCount = 2, frequency = "yearly", firstDueOn = "2026-02-01" });
        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(currency, HttpStatusCode.UnprocessableEntity), "currency"));

        var pledge = await _world.PledgeAsync(donor.Id, campaign.Id, 2_000, 2, "2026-02-01", "quarterly");
        var overpaid = await _world.PayAsync(donor.Id, campaign.Id, pledge.Id, 2_001);
        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(overpaid, HttpStatusCode.UnprocessableEntity), "amount"));
        await Http.PostAsync(client, $"/api/v1/pledges/{pledge.Id}/cancel", new { reason = "Duplicate" });
        var toCancelled = await _world.PayAsync(donor.Id, campaign.Id, pledge.Id, 500);
        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(toCancelled, HttpStatusCode.UnprocessableEntity), "pledgeId"));
        var unknown = await _world.PayAsync(donor.Id, campaign.Id, Guid.NewGuid(), 500);
        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(unknown, HttpStatusCode.UnprocessableEntity), "pledgeId"));

        var progress = await ProgressAsync(campaign.Id);
        Assert.Equal((0L, 0), (progress.RaisedAmount, progress.GiftCount));
        var listed = await Http.GetAsync<Page<PledgeResponse>>(client, $"/api/v1/pledges?donorId={donor.Id}");
        Assert.Equal(1, listed.Total);
        Assert.Equal("cancelled", Assert.Single(listed.Items).Status);
    }

    [Fact]
    public async Task Concurrent_payments_can_never_overpay_a_pledge()
    {
        var (donor, campaign) = await _world.DonorAndCampaignAsync();
        var pledge = await _world.PledgeAsync(donor.Id, campaign.Id, 10_000, 2, "2026-02-01");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _world.PayAsync(donor.Id, campaign.Id, pledge.Id, 4_000)));

        Assert.Equal(2, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(6, responses.Count(r => r.StatusCode == HttpStatusCode.UnprocessableEntity));
        var paid = await _world.GetPledgeAsync(pledge.Id);
        Assert.Equal((8_000L, 2_000L), (paid.PaidAmount, paid.BalanceAmount));
    }

    [Fact]
    public async Task Pledge_aging_buckets_what_is_owed_by_days_past_due()
    {
        var (donor, campaign) = await _world.DonorAndCampaignAsync();
        await _world.PledgeAsync(donor.Id, campaign.Id, 4_000, 4, "2026-01-05");
        _world.SetToday(new DateOnly(2026, 4, 20));
        var aging = await Http.GetAsync<PledgeAgingResponse>(_world.Client, "/api/v1/reports/pledge-aging");

        var eur = aging.Buckets.Where(b => b.Currency == "EUR").ToDictionary(b => b.Bucket, b => b.OutstandingAmount);
        // Due 5 Jan (105 days late), 5 Feb (74), 5 Mar (46), 5 Apr (15).
        Assert.Equal(1_000, eur["90+"]);
        Assert.Equal(1_000, eur["61-90"]);
        Assert.Equal(1_000, eur["31-60"]);
        Assert.Equal(1_000, eur["1-30"]);
    }

    private async Task<GiveBack.Domain.Campaigns.CampaignProgress> ProgressAsync(Guid campaignId) =>
        (await Http.GetAsync<CampaignResponse>(_world.Client, $"/api/v1/campaigns/{campaignId}")).Progress;
}
