using System.Net;
using GiveBack.Api.Apis;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Testing;
using GiveBack.Testing.Host;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.FunctionalTests.Faults;

/// <summary>
/// Three real hosts on one database (one set for the class) form one cluster (the fault harness's first scenario, in the suite): a gift booked
/// through any host moves the same figures on every host, and a retry sent to another host finds the same gift. The
/// kill -9, PostgreSQL and rolling-restart scenarios need server processes and minutes: they run in
/// tests/GiveBack.FaultHarness, with their figures in docs/benchmarks.md.
/// </summary>
public sealed class ThreeHostClusterTests(ThreeHosts cluster) : IClassFixture<ThreeHosts>
{
    private readonly IReadOnlyList<GiveBackServer> _hosts = cluster.Hosts;

    [Fact]
    public async Task A_gift_booked_through_any_host_moves_the_same_donor_and_campaign_figures_on_every_host()
    {
        var clients = _hosts.Select(h => h.CreateClient()).ToArray();
        var campaign = await Http.CreateCampaignAsync(clients[0]);
        var donors = new List<DonorResponse>();
        foreach (var client in clients)
        {
            donors.Add(await Http.CreateDonorAsync(client));
        }

        // Every host sees the other two as active silos.
        foreach (var client in clients)
        {
            await Eventually.TrueAsync(
                async () => (await Http.GetAsync<CampaignPlacementResponse>(client, $"/api/v1/admin/cluster/campaigns/{campaign.Id}")).ActiveSilos.Count == 3,
                "three active silos");
        }

        // Each donor gives through each host: nine gifts, each through a different host than the last.
        var gifts = new List<GiftResponse>();
        for (var round = 0; round < 3; round++)
        {
            for (var d = 0; d < donors.Count; d++)
            {
                var client = clients[(round + d) % clients.Length];
                gifts.Add(await Http.RecordGiftAsync(client, Http.Gift(donors[d].Id, campaign.Id, 1_000 * (d + 1) + round)));
            }
        }

        // A caller that retries on another host with the same key gets the same gift back, booked once.
        var key = Guid.NewGuid().ToString();
        var gift = Http.Gift(donors[0].Id, campaign.Id, 700);
        var booked = await Http.RecordGiftAsync(clients[1], gift, key);
        var replayed = await Http.ReadAsync<GiftResponse>(await Http.PostAsync(clients[2], "/api/v1/gifts", gift, key), HttpStatusCode.OK);
        Assert.Equal(booked.Id, replayed.Id);
        gifts.Add(booked);

        var placement = await Http.GetAsync<CampaignPlacementResponse>(clients[0], $"/api/v1/admin/cluster/campaigns/{campaign.Id}");
        Assert.Contains(placement.Silo, placement.ActiveSilos);

        var raised = gifts.Sum(g => g.Amount);
        foreach (var client in clients)
        {
            var progress = (await Http.GetAsync<CampaignResponse>(client, $"/api/v1/campaigns/{campaign.Id}")).Progress;
            Assert.Equal((raised, 10, 3), (progress.RaisedAmount, progress.GiftCount, progress.DonorCount));
            for (var d = 0; d < donors.Count; d++)
            {
                var giving = (await Http.GetAsync<DonorResponse>(client, $"/api/v1/donors/{donors[d].Id}")).Giving;
                var own = gifts.Where(g => g.DonorId == donors[d].Id).ToList();
                Assert.Equal((own.Sum(g => g.Amount), own.Count), (giving.LifetimeAmount, giving.GiftCount));
            }
        }

        // And the ledger holds exactly these gifts.
        var export = await clients[2].GetStringAsync($"/api/v1/campaigns/{campaign.Id}/gifts/export");
        Assert.Equal(gifts.Count, export.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1);
        Assert.All(gifts, g => Assert.Contains(g.Id.ToString(), export, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Gifts_keep_arriving_while_the_host_holding_the_campaign_grain_restarts_and_none_is_lost_or_doubled()
    {
        var clients = _hosts.Select(h => h.CreateClient()).ToArray();
        var campaign = await Http.CreateCampaignAsync(clients[0]);
        var donor = await Http.CreateDonorAsync(clients[0]);
        var booked = new List<GiftResponse> { await Http.RecordGiftAsync(clients[0], Http.Gift(donor.Id, campaign.Id, 1_000)) };
        var placement = await Http.GetAsync<CampaignPlacementResponse>(clients[0], $"/api/v1/admin/cluster/campaigns/{campaign.Id}");
        var holder = _hosts.Single(h => h.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress.Endpoint.ToString() == placement.Silo);
        var others = _hosts.Where(h => h != holder).Select(h => h.CreateClient()).ToArray();

        // While the holder shuts down (its silo hands the grain off) and starts again, callers keep giving through
        // the other hosts, retrying a failed call with the same key, as a client behind a load balancer would.
        await holder.RestartAsync(async () =>
        {
            for (var i = 0; i < 6; i++)
            {
                booked.Add(await GiveWithRetriesAsync(others[i % others.Length], Http.Gift(donor.Id, campaign.Id, 100 * (i + 1)), Guid.NewGuid().ToString()));
            }
        });
        booked.Add(await GiveWithRetriesAsync(holder.CreateClient(), Http.Gift(donor.Id, campaign.Id, 5_000), Guid.NewGuid().ToString()));

        Assert.Equal(booked.Count, booked.Select(g => g.Id).Distinct().Count());
        foreach (var client in _hosts.Select(h => h.CreateClient()))
        {
            var progress = (await Http.GetAsync<CampaignResponse>(client, $"/api/v1/campaigns/{campaign.Id}")).Progress;
            Assert.Equal((booked.Sum(g => g.Amount), booked.Count), (progress.RaisedAmount, progress.GiftCount));
            var giving = (await Http.GetAsync<DonorResponse>(client, $"/api/v1/donors/{donor.Id}")).Giving;
            Assert.Equal((booked.Sum(g => g.Amount), booked.Count), (giving.LifetimeAmount, giving.GiftCount));
        }
    }

    /// <summary>Sends a gift until it is acknowledged; a 503 (a silo leaving) or a 5xx is retried with the same key.</summary>
    private static async Task<GiftResponse> GiveWithRetriesAsync(HttpClient client, object gift, string key)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var response = await Http.PostAsync(client, "/api/v1/gifts", gift, key);
            if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK || (int)response.StatusCode < 500 || attempt == 50)
            {
                return await Http.ReadAsync<GiftResponse>(response, response.StatusCode == HttpStatusCode.OK ? HttpStatusCode.OK : HttpStatusCode.Created);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }
}
