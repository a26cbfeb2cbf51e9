using System.Net;
using System.Text.Json;
using GiveBack.Api.Apis;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Operations;

/// <summary>Its own host: these tests stop and start it.</summary>
public sealed class RestartAndRebuildTests : IAsyncLifetime
{
    private GiveBackServer _server = null!;

    public async Task InitializeAsync() => _server = await GiveBackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Donors_campaigns_and_figures_survive_a_restart_and_equal_a_rebuild_from_the_ledger()
    {
        var client = _server.CreateClient();
        var campaign = await Http.CreateCampaignAsync(client);
        var donors = new List<DonorResponse>();
        for (var i = 0; i < 4; i++)
        {
            donors.Add(await Http.CreateDonorAsync(client, classYear: i % 2 == 0 ? 2000 : null));
        }

        var gifts = new List<Guid>();
        foreach (var (donor, i) in donors.Select((d, i) => (d, i)))
        {
            gifts.Add((await Http.RecordGiftAsync(client, Http.Gift(donor.Id, campaign.Id, 1_000 * (i + 1), receivedOn: "2025-0" + (i + 5) + "-15"))).Id);
            gifts.Add((await Http.RecordGiftAsync(client, Http.Gift(donor.Id, campaign.Id, 500, receivedOn: "2026-01-10"))).Id);
        }

        await Http.PostAsync(client, $"/api/v1/gifts/{gifts[2]}/reversals", new { reason = "Bounced" });
        var liveCampaign = await CampaignJsonAsync(client, campaign.Id);
        var liveDonors = await Task.WhenAll(donors.Select(d => DonorJsonAsync(client, d.Id)));

        await _server.RestartAsync();
        client = _server.CreateClient();

        Assert.Equal(liveCampaign, await CampaignJsonAsync(client, campaign.Id));
        Assert.Equal(liveDonors, await Task.WhenAll(donors.Select(d => DonorJsonAsync(client, d.Id))));

        var rebuilt = await Http.ReadAsync<RebuildResponse>(await Http.PostAsync(client, "/api/v1/admin/rebuild", new { }), HttpStatusCode.OK);
        Assert.Equal((4, 1), (rebuilt.Donors, rebuilt.Campaigns));
        Assert.Equal(liveCampaign, await CampaignJsonAsync(client, campaign.Id));
        Assert.Equal(liveDonors, await Task.WhenAll(donors.Select(d => DonorJsonAsync(client, d.Id))));
        var progress = (await Http.GetAsync<CampaignResponse>(client, $"/api/v1/campaigns/{campaign.Id}")).Progress;
        Assert.Equal((1_000 + 3_000 + 4_000 + 4 * 500, 7, 4), (progress.RaisedAmount, progress.GiftCount, progress.DonorCount));
    }

    private static async Task<string> CampaignJsonAsync(HttpClient client, Guid id) =>
        JsonSerializer.Serialize(await Http.GetAsync<JsonElement>(client, $"/api/v1/campaigns/{id}"));

    private static async Task<string> DonorJsonAsync(HttpClient client, Guid id) =>
        JsonSerializer.Serialize(await Http.GetAsync<JsonElement>(client, $"/api/v1/donors/{id}"));
}
