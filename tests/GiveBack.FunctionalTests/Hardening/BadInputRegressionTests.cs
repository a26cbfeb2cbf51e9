using System.Net;
using GiveBack.FunctionalTests.Support;
using GiveBack.Testing.Host;
using GiveBack.Testing.Hostile;

namespace GiveBack.FunctionalTests.Hardening;

/// <summary>The inputs found answering 500: each is now a 4xx problem naming the field, and changes nothing.</summary>
[Collection(ApiTests.Name)]
public sealed class BadInputRegressionTests(ServerFixture fixture)
{
    private readonly HttpClient _client = fixture.Server.CreateClient();

    [Fact]
    public async Task A_pledge_starting_in_9999_is_refused_by_name()
    {
        var donor = await Http.CreateDonorAsync(_client);
        var campaign = await Http.CreateCampaignAsync(_client);
        var before = await DatabaseFingerprint.TakeAsync(fixture.Server.Database.ConnectionString);

        var response = await Http.PostAsync(_client, "/api/v1/pledges", new
        {
            donorId = donor.Id, campaignId = campaign.Id, amount = 120_000, currency = "EUR", installmentCount = 12,
            frequency = "monthly", firstDueOn = "9999-12-15",
        });

        Assert.Contains("10 years", Http.ErrorsFor(await Http.ProblemAsync(response, HttpStatusCode.BadRequest), "firstDueOn")[0], StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(fixture.Server.Database.ConnectionString));
    }

    [Fact]
    public async Task A_reconciliation_of_the_last_day_of_the_calendar_is_refused_by_name()
    {
        var response = await _client.GetAsync("/api/v1/reports/reconciliation?from=9999-12-31&to=9999-12-31");

        var problem = await Http.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(Http.ErrorsFor(problem, "from"));
        Assert.NotEmpty(Http.ErrorsFor(problem, "to"));
    }

    [Fact]
    public async Task A_nul_character_in_a_gift_s_fund_is_refused_by_name_and_books_nothing()
    {
        var donor = await Http.CreateDonorAsync(_client);
        var campaign = await Http.CreateCampaignAsync(_client);
        var before = await DatabaseFingerprint.TakeAsync(fixture.Server.Database.ConnectionString);

        var response = await Http.PostAsync(
            _client, "/api/v1/gifts",
            new { donorId = donor.Id, campaignId = campaign.Id, amount = 5_000, currency = "EUR", receivedOn = "2025-10-15", method = "cheque", fund = "Annual\u0000Fund" },
            Guid.NewGuid().ToString());

        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(response, HttpStatusCode.BadRequest), "fund"));
        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(fixture.Server.Database.ConnectionString));
    }

    [Fact]
    public async Task A_nul_character_in_a_search_is_a_problem_not_a_server_error()
    {
        var response = await _client.GetAsync("/api/v1/donors?q=ma%00rtin");

        var problem = await Http.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("NUL", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_class_year_sent_as_a_list_is_refused_by_name()
    {
        var donor = await Http.CreateDonorAsync(_client);

        var response = await _client.PatchAsync($"/api/v1/donors/{donor.Id}", System.Net.Http.Json.JsonContent.Create(new { classYear = new object[] { "x", 1 } }));

        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(response, HttpStatusCode.BadRequest), "classYear"));
    }
}
