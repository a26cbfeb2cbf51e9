using System.Net;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Domain.Campaigns;
using GiveBack.Domain.Giving;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Giving.Gifts;
using GiveBack.FunctionalTests.Support;
using GiveBack.Testing.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Orleans.Core.Internal;

namespace GiveBack.FunctionalTests.Gifts;

/// <summary>
/// Its own host on a fake clock: these tests move time, deactivate the campaign grain, restart the host and add a
/// second silo, and after each step compare the campaign's figures with the ledger itself.
/// </summary>
public sealed class LateRetryTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero));
    private GiveBackServer _server = null!;

    /// <summary>A catch-up every three gifts, so that the tests cross many of them.</summary>
    public async Task InitializeAsync() => _server = await GiveBackServer.StartAsync(
        new Dictionary<string, string?> { ["Giving:CampaignCatchUpAfter"] = "3" },
        builder => builder.Services.AddSingleton<TimeProvider>(_clock));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_retry_at_any_later_time_leaves_the_campaign_equal_to_the_ledger()
    {
        var client = _server.CreateClient();
        var campaign = await Http.CreateCampaignAsync(client);
        var donor = await Http.CreateDonorAsync(client);
        var gift = Http.Gift(donor.Id, campaign.Id, 12_500);
        var first = await Http.RecordGiftAsync(client, gift, "late-retry");
        await AssertCampaignEqualsLedgerAsync(client, campaign.Id, 12_500, 1);

        _clock.Advance(TimeSpan.FromMinutes(11));
        await RetryAsync(client, gift, "late-retry", first.Id);
        await AssertCampaignEqualsLedgerAsync(client, campaign.Id, 12_500, 1);

        await DeactivateCampaignAsync(_server, campaign.Id);
        _clock.Advance(TimeSpan.FromMinutes(11));
        await RetryAsync(client, gift, "late-retry", first.Id);
        await AssertCampaignEqualsLedgerAsync(client, campaign.Id, 12_500, 1);

        await _server.RestartAsync();
        client = _server.CreateClient();
        _clock.Advance(TimeSpan.FromHours(3));
        await RetryAsync(client, gift, "late-retry", first.Id);
        await AssertCampaignEqualsLedgerAsync(client, campaign.Id, 12_500, 1);

        await using var sibling = await _server.StartSiblingAsync();
        var siblingClient = sibling.CreateClient();
        for (var round = 0; round < 3; round++)
        {
            _clock.Advance(TimeSpan.FromDays(1));
            await DeactivateCampaignAsync(round % 2 == 0 ? sibling : _server, campaign.Id);
            await RetryAsync(siblingClient, gift, "late-retry", first.Id);
            await RetryAsync(client, gift, "late-retry", first.Id);
            await AssertCampaignEqualsLedgerAsync(siblingClient, campaign.Id, 12_500, 1);
            await AssertCampaignEqualsLedgerAsync(client, campaign.Id, 12_500, 1);
        }
    }

    [Fact]
    public async Task A_retry_after_a_crash_between_commit_and_apply_brings_the_campaign_up_to_date_once()
    {
        var client = _server.CreateClient();
        var campaign = await Http.CreateCampaignAsync(client);
        var donor = await Http.CreateDonorAsync(client);
        await Http.RecordGiftAsync(client, Http.Gift(donor.Id, campaign.Id, 1_000));
        await AssertCampaignEqualsLedgerAsync(client, campaign.Id, 1_000, 1);

        // What a host that died right after the commit leaves behind (UnappliedCommit).
        var gift = Http.Gift(donor.Id, campaign.Id, 4_000);
        var crashed = await CommitWithoutApplyingAsync(new GiftCommand(
            donor.Id, campaign.Id, 4_000, "EUR", new DateOnly(2025, 10, 15), GiftMethod.Cheque, null, null, null, false), campaign.Name);
        Assert.Equal(1_000, (await ProgressAsync(client, campaign.Id)).RaisedAmount);

        await RetryAsync(client, gift, "crashed-retry", crashed);
        await AssertCampaignEqualsLedgerAsync(client, campaign.Id, 5_000, 2);
        _clock.Advance(TimeSpan.FromMinutes(30));
        await RetryAsync(client, gift, "crashed-retry", crashed);
        await AssertCampaignEqualsLedgerAsync(client, campaign.Id, 5_000, 2);
    }

    [Fact]
    public async Task A_gift_whose_host_died_between_commit_and_apply_is_counted_by_the_next_catch_up_once()
    {
        var client = _server.CreateClient();
        var campaign = await Http.CreateCampaignAsync(client);
        var donor = await Http.CreateDonorAsync(client);
        await Http.RecordGiftAsync(client, Http.Gift(donor.Id, campaign.Id, 100));
        var lost = new GiftCommand(donor.Id, campaign.Id, 7_000, "EUR", new DateOnly(2025, 11, 2), GiftMethod.Cheque, null, null, null, false);
        var lostId = await CommitWithoutApplyingAsync(lost, campaign.Name, "never-retried");

        for (var i = 0; i < 3; i++)
        {
            await Http.RecordGiftAsync(client, Http.Gift(donor.Id, campaign.Id, 10));
        }

        await AssertCampaignEqualsLedgerAsync(client, campaign.Id, 100 + 7_000 + 30, 5);
        await RetryAsync(client, Http.Gift(donor.Id, campaign.Id, 7_000, receivedOn: "2025-11-02"), "never-retried", lostId);
        await AssertCampaignEqualsLedgerAsync(client, campaign.Id, 100 + 7_000 + 30, 5);
    }

    private Task<Guid> CommitWithoutApplyingAsync(GiftCommand gift, string campaignName, string key = "crashed-retry") =>
        UnappliedCommit.WriteAsync(_server, gift, campaignName, key);

    private static async Task RetryAsync(HttpClient client, object gift, string key, Guid giftId)
    {
        var replay = await Http.ReadAsync<GiftResponse>(await Http.PostAsync(client, "/api/v1/gifts", gift, key), HttpStatusCode.OK);
        Assert.Equal(giftId, replay.Id);
    }

    private static async Task DeactivateCampaignAsync(GiveBackServer server, Guid campaignId)
    {
        var grain = server.Services.GetRequiredService<IGrainFactory>().GetGrain<ICampaignGrain>(campaignId);
        await grain.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
    }

    private static async Task<CampaignProgress> ProgressAsync(HttpClient client, Guid campaignId) =>
        (await Http.GetAsync<CampaignResponse>(client, $"/api/v1/campaigns/{campaignId}")).Progress;

    /// <summary>The campaign's figures against the ledger's own rows, read with SQL, and against what the test booked.</summary>
    private async Task AssertCampaignEqualsLedgerAsync(HttpClient client, Guid campaignId, long raised, int giftCount)
    {
        await using var connection = new NpgsqlConnection(_server.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT coalesce(sum(amount), 0)::bigint,
                   (count(*) FILTER (WHERE kind = 'gift') - count(*) FILTER (WHERE kind = 'reversal'))::int
            FROM ledger_entries WHERE campaign_id = @campaign
            """, connection);
        command.Parameters.AddWithValue("campaign", campaignId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var ledger = (reader.GetInt64(0), reader.GetInt32(1));
        var progress = await ProgressAsync(client, campaignId);
        Assert.Equal((raised, giftCount), ledger);
        Assert.Equal(ledger, (progress.RaisedAmount, progress.GiftCount));
    }
}
