using System.Net;
using GiveBack.Api.Campaigns;
using GiveBack.FunctionalTests.Support;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Campaigns;

[Collection(ApiTests.Name)]
public sealed class CampaignsApiTests(ServerFixture fixture)
{
    private readonly HttpClient _client = fixture.Server.CreateClient();

    [Fact]
    public async Task A_campaign_gets_a_slug_from_its_name_and_is_listed()
    {
        var name = $"Fonds annuel {Guid.NewGuid():N}"[..30] + " — Élan";
        var response = await Http.PostAsync(_client, "/api/v1/campaigns", new { name, currency = "chf", goalAmount = 500_000_00, startsOn = "2026-07-01", endsOn = "2027-06-30" });

        var campaign = await Http.ReadAsync<CampaignResponse>(response, HttpStatusCode.Created);

        Assert.StartsWith("fonds-annuel-", campaign.Slug, StringComparison.Ordinal);
        Assert.EndsWith("-elan", campaign.Slug, StringComparison.Ordinal);
        Assert.Equal("CHF", campaign.Currency);
        Assert.Equal(0, campaign.Progress.RaisedAmount);
        var listed = await Http.GetAsync<List<CampaignResponse>>(_client, "/api/v1/campaigns");
        Assert.Contains(listed, c => c.Id == campaign.Id && c.Name == name);
    }

    [Fact]
    public async Task A_slug_already_in_use_is_a_conflict()
    {
        var slug = $"giving-day-{Guid.NewGuid():N}";
        var body = new { name = "Giving Day", currency = "EUR", goalAmount = 100, startsOn = "2026-03-01", endsOn = "2026-03-02", slug };
        await Http.ReadAsync<CampaignResponse>(await Http.PostAsync(_client, "/api/v1/campaigns", body), HttpStatusCode.Created);

        await Http.ProblemAsync(await Http.PostAsync(_client, "/api/v1/campaigns", body), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Bad_campaign_input_names_every_field()
    {
        var response = await Http.PostAsync(_client, "/api/v1/campaigns", new { name = "", currency = "EURO", goalAmount = -1, startsOn = "2026-07-01", endsOn = "2026-06-01", slug = "Not A Slug" });

        var problem = await Http.ProblemAsync(response, HttpStatusCode.BadRequest);
        foreach (var field in new[] { "name", "currency", "goalAmount", "endsOn", "slug" })
        {
            Assert.NotEmpty(Http.ErrorsFor(problem, field));
        }
    }

    [Fact]
    public async Task An_unknown_campaign_is_not_found()
    {
        await Http.ProblemAsync(await _client.GetAsync($"/api/v1/campaigns/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await Http.ProblemAsync(await _client.GetAsync($"/api/v1/campaigns/{Guid.NewGuid()}/gifts"), HttpStatusCode.NotFound);
    }
}
