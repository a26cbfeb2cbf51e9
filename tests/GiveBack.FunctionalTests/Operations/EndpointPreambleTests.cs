using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GiveBack.FunctionalTests.Support;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Operations;

/// <summary>
/// The checks every endpoint used to repeat — the Idempotency-Key header, the paging query, "donor exists" — are now
/// binding types and a filter: each still answers the very problem the handlers built by hand, on every endpoint that
/// takes it, and the OpenAPI document still describes the parameters they read.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class EndpointPreambleTests(ServerFixture fixture)
{
    private const string KeyTooLong = "The Idempotency-Key must be printable and at most 255 characters.";

    private readonly HttpClient _client = fixture.Server.CreateClient();

    [Fact]
    public async Task A_gift_without_an_idempotency_key_is_the_validation_problem_naming_the_header()
    {
        var donor = await Http.CreateDonorAsync(_client);
        var campaign = await Http.CreateCampaignAsync(_client);

        var response = await Http.PostAsync(_client, "/api/v1/gifts", Http.Gift(donor.Id, campaign.Id));

        AssertValidationProblem(
            await Http.ProblemAsync(response, HttpStatusCode.BadRequest),
            "Idempotency-Key",
            "This request must carry an Idempotency-Key header (e.g. a new UUID per gift).");
    }

    [Theory]
    [InlineData("/api/v1/gifts")]
    [InlineData("/api/v1/donors")]
    [InlineData("/api/v1/pledges")]
    public async Task An_overlong_idempotency_key_is_the_same_validation_problem_on_every_endpoint_that_reads_it(string path)
    {
        var donor = await Http.CreateDonorAsync(_client);
        var campaign = await Http.CreateCampaignAsync(_client);
        object body = path switch
        {
            "/api/v1/gifts" => Http.Gift(donor.Id, campaign.Id),
            "/api/v1/donors" => new { firstName = "Ada", lastName = "Overlong", email = $"ada-{Guid.NewGuid():N}@example.org" },
            _ => new { donorId = donor.Id, campaignId = campaign.Id, amount = 10_000, currency = "EUR", installmentCount = 1, frequency = "monthly", firstDueOn = "2030-01-01" },
        };

        var response = await Http.PostAsync(_client, path, body, new string('k', 256));

        AssertValidationProblem(await Http.ProblemAsync(response, HttpStatusCode.BadRequest), "Idempotency-Key", KeyTooLong);
    }

    [Fact]
    public async Task A_refused_key_creates_nothing()
    {
        var name = $"Never made {Guid.NewGuid():N}";

        var response = await Http.PostAsync(
            _client,
            "/api/v1/campaigns",
            new { name, currency = "EUR", goalAmount = 1_000, startsOn = "2030-01-01", endsOn = "2030-12-31" },
            new string('k', 256));

        AssertValidationProblem(await Http.ProblemAsync(response, HttpStatusCode.BadRequest), "Idempotency-Key", KeyTooLong);
        var campaigns = await Http.GetAsync<JsonElement>(_client, "/api/v1/campaigns");
        Assert.DoesNotContain(campaigns.EnumerateArray(), c => c.GetProperty("name").GetString() == name);
    }

    [Theory]
    [InlineData("limit=0", "limit", "limit must be between 1 and 200.")]
    [InlineData("limit=201", "limit", "limit must be between 1 and 200.")]
    [InlineData("offset=-1", "offset", "offset must be zero or more.")]
    public async Task A_bad_page_is_the_same_validation_problem_on_a_list_and_on_a_donor_s_gifts(string query, string field, string message)
    {
        var donor = await Http.CreateDonorAsync(_client);

        foreach (var path in new[] { "/api/v1/donors", $"/api/v1/donors/{donor.Id}/gifts", "/api/v1/pledges" })
        {
            var response = await _client.GetAsync($"{path}?{query}");

            AssertValidationProblem(await Http.ProblemAsync(response, HttpStatusCode.BadRequest), field, message);
        }
    }

    [Fact]
    public async Task A_limit_that_is_not_a_number_names_the_field()
    {
        var response = await _client.GetAsync("/api/v1/segments?limit=many");

        AssertValidationProblem(await Http.ProblemAsync(response, HttpStatusCode.BadRequest), "limit", "limit must be between 1 and 200.");
    }

    [Theory]
    [InlineData("gifts")]
    [InlineData("engagement")]
    [InlineData("activities")]
    public async Task An_unknown_donor_is_no_such_donor_on_each_of_its_routes(string route)
    {
        var id = Guid.NewGuid();

        var problem = await Http.ProblemAsync(await _client.GetAsync($"/api/v1/donors/{id}/{route}"), HttpStatusCode.NotFound);

        Assert.Equal("No such donor", problem.GetProperty("title").GetString());
        Assert.Equal($"There is no donor with id '{id}'.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Tagging_an_unknown_donor_is_no_such_donor_and_a_bad_page_of_one_is_still_a_bad_request()
    {
        var id = Guid.NewGuid();

        var tagged = await _client.PutAsync($"/api/v1/donors/{id}/tags", JsonContent.Create(new { tags = new[] { "mentor" } }));
        var paged = await _client.GetAsync($"/api/v1/donors/{id}/activities?limit=0");

        Assert.Equal("No such donor", (await Http.ProblemAsync(tagged, HttpStatusCode.NotFound)).GetProperty("title").GetString());
        AssertValidationProblem(await Http.ProblemAsync(paged, HttpStatusCode.BadRequest), "limit", "limit must be between 1 and 200.");
    }

    [Fact]
    public async Task The_openapi_document_still_describes_the_paging_query_and_the_idempotency_header()
    {
        using var anonymous = fixture.Server.CreateClient(apiKey: null);
        var paths = (await Http.GetAsync<JsonElement>(anonymous, "/openapi/v1.json")).GetProperty("paths");

        foreach (var (path, method) in new[] { ("/api/v1/donors", "get"), ("/api/v1/donors/{id}/gifts", "get"), ("/api/v1/outreach", "get") })
        {
            var parameters = Parameters(paths, path, method);
            Assert.Contains(parameters, p => p.Name == "offset" && p.In == "query" && p.Type == "integer");
            Assert.Contains(parameters, p => p.Name == "limit" && p.In == "query" && p.Type == "integer");
        }

        Assert.Contains(Parameters(paths, "/api/v1/gifts", "post"), p => p is { Name: "Idempotency-Key", In: "header", Required: true });
        Assert.Contains(Parameters(paths, "/api/v1/donors", "post"), p => p is { Name: "Idempotency-Key", In: "header", Required: false });
        Assert.DoesNotContain(Parameters(paths, "/api/v1/donors", "get"), p => p.Name is "page" or "key");
    }

    private static List<(string Name, string In, bool Required, string? Type)> Parameters(JsonElement paths, string path, string method) =>
        paths.GetProperty(path).GetProperty(method).TryGetProperty("parameters", out var parameters)
            ? [.. parameters.EnumerateArray().Select(p => (
                p.GetProperty("name").GetString()!,
                p.GetProperty("in").GetString()!,
                p.TryGetProperty("required", out var required) && required.GetBoolean(),
                p.TryGetProperty("schema", out var schema) && schema.TryGetProperty("type", out var type) ? TypeOf(type) : null))]
            : [];

    // OpenAPI 3.1 may write a nullable integer as ["integer", "null"].
    private static string? TypeOf(JsonElement type) =>
        type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null")
            : type.GetString();

    private static void AssertValidationProblem(JsonElement problem, string field, string message)
    {
        Assert.Equal("The request is not valid", problem.GetProperty("title").GetString());
        Assert.Equal("See 'errors' for each field that needs attention.", problem.GetProperty("detail").GetString());
        var errors = problem.GetProperty("errors").EnumerateObject().ToList();
        Assert.Equal(field, Assert.Single(errors).Name);
        Assert.Equal(new[] { message }, errors[0].Value.EnumerateArray().Select(m => m.GetString()));
    }
}
