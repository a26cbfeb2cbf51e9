using System.Net;
using System.Net.Http.Json;
using GiveBack.Giving.Endpoints.Campaigns;
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

    [Fact]
    public async Task A_campaigns_slug_name_and_goal_can_be_changed_and_the_giving_page_follows()
    {
        var campaign = await Http.CreateCampaignAsync(_client);
        var slug = $"spring-appeal-{Guid.NewGuid():N}"[..30];

        var patched = await Http.ReadAsync<CampaignResponse>(
            await _client.PatchAsync($"/api/v1/campaigns/{campaign.Id}", JsonContent.Create(new { slug, name = "Spring appeal", goalAmount = 123_400 })),
            HttpStatusCode.OK);

        Assert.Equal((slug, "Spring appeal", 123_400L, campaign.Currency), (patched.Slug, patched.Name, patched.GoalAmount, patched.Currency));
        Assert.Equal(slug, (await Http.GetAsync<CampaignResponse>(_client, $"/api/v1/campaigns/{campaign.Id}")).Slug);
        using var anonymous = fixture.Server.CreateClient(apiKey: null);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/give/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/give/{campaign.Slug}")).StatusCode);
    }

    [Fact]
    public async Task A_bad_campaign_patch_names_the_field_and_changes_nothing()
    {
        var first = await Http.CreateCampaignAsync(_client);
        var second = await Http.CreateCampaignAsync(_client);

        var taken = await _client.PatchAsync($"/api/v1/campaigns/{second.Id}", JsonContent.Create(new { slug = first.Slug }));
        var currency = await _client.PatchAsync($"/api/v1/campaigns/{second.Id}", JsonContent.Create(new { currency = "USD" }));
        var dates = await _client.PatchAsync($"/api/v1/campaigns/{second.Id}", JsonContent.Create(new { endsOn = "2020-01-01" }));

        await Http.ProblemAsync(taken, HttpStatusCode.Conflict);
        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(currency, HttpStatusCode.BadRequest), "currency"));
        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(dates, HttpStatusCode.BadRequest), "endsOn"));
        var unchanged = await Http.GetAsync<CampaignResponse>(_client, $"/api/v1/campaigns/{second.Id}");
        Assert.Equal((second.Slug, second.Currency, second.EndsOn), (unchanged.Slug, unchanged.Currency, unchanged.EndsOn));
    }
}
