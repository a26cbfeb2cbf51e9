using GiveBack.Domain.Giving;
using GiveBack.FunctionalTests.Support;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Giving.Gifts;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Testing;
using GiveBack.Testing.Host;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.FunctionalTests.Cluster;

/// <summary>
/// Three hosts in one cluster on one database. One of them commits a gift and leaves the cluster before handing it to
/// the campaign grain, which lives on another host: the survivors learn of the departure from the cluster's membership
/// and re-apply what was recorded in the last minutes, so the campaign (and the donor) count the gift once, with no
/// client retry, no catch-up and no reactivation to help.
/// </summary>
public sealed class SiloDepartureReplayTests
{
    [Fact]
    public async Task A_gift_committed_by_a_host_that_left_before_applying_it_reaches_the_grains_on_the_other_hosts_once()
    {
        await using var first = await GiveBackServer.StartAsync();
        // Stopping a host twice is harmless: each sibling is stopped by the test, and again on the way out.
        await using var second = await first.StartSiblingAsync();
        await using var third = await first.StartSiblingAsync();
        {
            var client = first.CreateClient();
            var campaign = await Http.CreateCampaignAsync(client);
            var donor = await Http.CreateDonorAsync(client);
            await Http.RecordGiftAsync(client, Http.Gift(donor.Id, campaign.Id, 1_000));

            // The host that leaves is one the campaign grain does not live on (the first host owns the database and stays).
            var grains = first.Services.GetRequiredService<IGrainFactory>();
            var management = grains.GetGrain<IManagementGrain>(0);
            var campaignSilo = await management.GetActivationAddress(grains.GetGrain<ICampaignGrain>(campaign.Id));
            var donorSilo = await management.GetActivationAddress(grains.GetGrain<IDonorGrain>(donor.Id));
            var leaving = new[] { second, third }
                .Where(h => !Equals(SiloOf(h), campaignSilo))
                .OrderBy(h => Equals(SiloOf(h), donorSilo) ? 1 : 0)
                .First();

            await UnappliedCommit.WriteAsync(
                leaving,
                new GiftCommand(donor.Id, campaign.Id, 4_000, "EUR", new DateOnly(2025, 10, 15), GiftMethod.Cheque, null, null, null, false),
                campaign.Name,
                "host-left-before-apply");
            Assert.Equal(1, (await CampaignAsync(client, campaign.Id)).Progress.GiftCount);

            await leaving.DisposeAsync();
            var counted = await Eventually.MatchesAsync(
                () => CampaignAsync(client, campaign.Id),
                c => c.Progress.GiftCount == 2,
                "the campaign to count the gift its host never applied",
                TimeSpan.FromSeconds(60));
            Assert.Equal(5_000, counted.Progress.RaisedAmount);
            var giving = (await Http.GetAsync<DonorResponse>(client, $"/api/v1/donors/{donor.Id}")).Giving;
            Assert.Equal((5_000, 2), (giving.LifetimeAmount, giving.GiftCount));

            // Once: another departure replays the same minutes again and nothing moves.
            var survivor = leaving == second ? third : second;
            await survivor.DisposeAsync();
            await Task.Delay(TimeSpan.FromSeconds(2));
            var again = await Eventually.MatchesAsync(
                () => CampaignAsync(client, campaign.Id), c => c.Progress.GiftCount == 2, "the campaign to stay at two gifts");
            Assert.Equal(5_000, again.Progress.RaisedAmount);
        }
    }

    private static SiloAddress SiloOf(GiveBackServer host) => host.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;

    private static Task<CampaignResponse> CampaignAsync(HttpClient client, Guid campaignId) =>
        Http.GetAsync<CampaignResponse>(client, $"/api/v1/campaigns/{campaignId}");
}
