using System.Net;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Grains.Abstractions.Pledges;
using GiveBack.Testing;
using GiveBack.Testing.Host;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.FunctionalTests.Pledges;

/// <summary>
/// A pledge payment holds its amount on the pledge before the ledger write. These tests make that write fail for
/// real — a trigger the test installs in its own throwaway database refuses the ledger insert of one pledge's payments
/// (<see cref="DatabaseFault"/>) — and check that the hold neither outlives the failed attempt nor blocks its retry.
/// </summary>
public sealed class PledgeHoldTests : IAsyncLifetime
{
    private readonly PledgeWorld _world = new();

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => _world.DisposeAsync();

    [Fact]
    public async Task A_payment_whose_ledger_write_failed_is_accepted_when_the_client_retries_it()
    {
        var (donor, campaign) = await _world.DonorAndCampaignAsync();
        var pledge = await _world.PledgeAsync(donor.Id, campaign.Id, 3_000, 3, "2026-02-01");
        var payment = PaymentOf(donor.Id, campaign.Id, pledge.Id, 3_000);

        await using (await FailLedgerInsertsOfAsync(pledge.Id))
        {
            var failed = await Http.PostAsync(_world.Client, "/api/v1/gifts", payment, "pays-in-full");
            Assert.True((int)failed.StatusCode >= 500, $"Expected a server error while the ledger refuses writes, got {(int)failed.StatusCode}");
        }

        var retried = await Http.ReadAsync<GiftResponse>(await Http.PostAsync(_world.Client, "/api/v1/gifts", payment, "pays-in-full"), HttpStatusCode.Created);

        Assert.Equal(pledge.Id, retried.PledgeId);
        var paid = await _world.GetPledgeAsync(pledge.Id);
        Assert.Equal(("fulfilled", 3_000L, 0L), (paid.Status, paid.PaidAmount, paid.BalanceAmount));
        Assert.Equal(3_000, (await Http.GetAsync<CampaignResponse>(_world.Client, $"/api/v1/campaigns/{campaign.Id}")).Progress.RaisedAmount);
    }

    [Fact]
    public async Task A_failed_payment_leaves_the_balance_free_for_another_payment()
    {
        var (donor, campaign) = await _world.DonorAndCampaignAsync();
        var pledge = await _world.PledgeAsync(donor.Id, campaign.Id, 2_000, 2, "2026-02-01");

        await using (await FailLedgerInsertsOfAsync(pledge.Id))
        {
            var failed = await Http.PostAsync(_world.Client, "/api/v1/gifts", PaymentOf(donor.Id, campaign.Id, pledge.Id, 2_000), "abandoned");
            Assert.True((int)failed.StatusCode >= 500, $"Expected a server error while the ledger refuses writes, got {(int)failed.StatusCode}");
        }

        var other = await Http.PostAsync(_world.Client, "/api/v1/gifts", PaymentOf(donor.Id, campaign.Id, pledge.Id, 2_000), "another-payment");

        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        Assert.Equal(2_000, (await _world.GetPledgeAsync(pledge.Id)).PaidAmount);
    }

    [Fact]
    public async Task A_hold_whose_request_never_came_back_expires()
    {
        var (donor, campaign) = await _world.DonorAndCampaignAsync();
        var pledge = await _world.PledgeAsync(donor.Id, campaign.Id, 2_000, 2, "2026-02-01");
        // A request that reserved and then died with its host: the hold is made on the real grain, and nothing ends it.
        var grains = _world.Server.Services.GetRequiredService<IGrainFactory>();
        var held = await grains.GetGrain<IPledgeGrain>(pledge.Id).ReserveAsync(Guid.NewGuid(), donor.Id, campaign.Id, "EUR", 2_000);
        Assert.Equal(PledgeRefusal.None, held);
        var whileHeld = await Http.PostAsync(_world.Client, "/api/v1/gifts", PaymentOf(donor.Id, campaign.Id, pledge.Id, 2_000), "while-held");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, whileHeld.StatusCode);

        _world.Clock.Advance(TimeSpan.FromMinutes(6));
        var afterExpiry = await Http.PostAsync(_world.Client, "/api/v1/gifts", PaymentOf(donor.Id, campaign.Id, pledge.Id, 2_000), "after-expiry");

        Assert.Equal(HttpStatusCode.Created, afterExpiry.StatusCode);
        Assert.Equal("fulfilled", (await _world.GetPledgeAsync(pledge.Id)).Status);
    }

    private Task<DatabaseFault> FailLedgerInsertsOfAsync(Guid pledgeId) =>
        DatabaseFault.FailInsertsAsync(_world.Server.Database.ConnectionString, "ledger_entries", $"NEW.pledge_id = '{pledgeId}'");

    private object PaymentOf(Guid donorId, Guid campaignId, Guid pledgeId, long amount) => new
    {
        donorId, campaignId, pledgeId, amount, currency = "EUR",
        receivedOn = _world.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), method = "wire",
    };
}
