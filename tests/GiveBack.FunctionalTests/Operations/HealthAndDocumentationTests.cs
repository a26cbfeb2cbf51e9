using System.Net;
using System.Text.Json;
using GiveBack.FunctionalTests.Support;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Operations;

[Collection(ApiTests.Name)]
public sealed class HealthAndDocumentationTests(ServerFixture fixture)
{
    private readonly HttpClient _anonymous = fixture.Server.CreateClient(apiKey: null);

    [Fact]
    public async Task Live_and_ready_answer_without_a_key_once_postgres_and_the_silo_are_up()
    {
        Assert.Equal(HttpStatusCode.OK, (await _anonymous.GetAsync("/health/live")).StatusCode);

        var ready = await Http.ReadAsync<JsonElement>(await _anonymous.GetAsync("/health/ready"), HttpStatusCode.OK);

        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("postgresql").GetProperty("status").GetString());
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("silo").GetProperty("status").GetString());
        Assert.Contains("queued", ready.GetProperty("checks").GetProperty("outreach").GetProperty("description").GetString(), StringComparison.Ordinal);
        var stripeEvents = ready.GetProperty("checks").GetProperty("stripe-events");
        Assert.Equal("Healthy", stripeEvents.GetProperty("status").GetString());
        Assert.StartsWith("0 parked", stripeEvents.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_v1_api()
    {
        var document = await Http.ReadAsync<JsonElement>(await _anonymous.GetAsync("/openapi/v1.json"), HttpStatusCode.OK);

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/donors", "/api/v1/donors/{id}", "/api/v1/campaigns", "/api/v1/gifts", "/api/v1/gifts/{id}/reversals", "/api/v1/donors/{id}/gifts", "/api/v1/campaigns/{id}/gifts" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"The OpenAPI document lacks {path}");
        }
    }

    [Fact]
    public async Task The_openapi_document_declares_the_bearer_scheme_on_every_v1_operation()
    {
        var document = await Http.ReadAsync<JsonElement>(await _anonymous.GetAsync("/openapi/v1.json"), HttpStatusCode.OK);

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        Assert.Equal(("http", "bearer"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("scheme").GetString()));
        var operations = document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/v1/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Name: $"{o.Name.ToUpperInvariant()} {p.Name}", Operation: o.Value)))
            .ToList();
        Assert.NotEmpty(operations);
        Assert.All(operations, o => Assert.True(
            o.Operation.TryGetProperty("security", out var security)
            && security.EnumerateArray().Any(r => r.TryGetProperty("bearer", out _)),
            $"{o.Name} does not name the bearer scheme"));
    }

    [Fact]
    public async Task The_api_reference_page_is_served()
    {
        var response = await _anonymous.GetAsync("/scalar/v1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("GiveBack API", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
