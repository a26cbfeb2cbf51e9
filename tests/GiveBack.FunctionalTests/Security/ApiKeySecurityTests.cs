using System.Net;
using GiveBack.Api.Security;
using GiveBack.FunctionalTests.Support;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Security;

[Collection(ApiTests.Name)]
public sealed class ApiKeySecurityTests(ServerFixture fixture)
{
    private readonly GiveBackServer _server = fixture.Server;

    [Theory]
    [InlineData("GET", "/api/v1/donors")]
    [InlineData("POST", "/api/v1/donors")]
    [InlineData("GET", "/api/v1/campaigns")]
    [InlineData("POST", "/api/v1/gifts")]
    [InlineData("POST", "/api/v1/admin/rebuild")]
    [InlineData("GET", "/api/v1/api-keys")]
    public async Task Every_staff_endpoint_answers_401_without_a_key(string method, string path)
    {
        using var anonymous = _server.CreateClient(apiKey: null);

        var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        await Http.ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task An_unknown_key_is_401()
    {
        using var stranger = _server.CreateClient("gbk_not_a_real_key");

        await Http.ProblemAsync(await stranger.GetAsync("/api/v1/donors"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_viewer_reads_but_cannot_write()
    {
        using var viewer = _server.CreateClient(await NewKeyAsync("viewer"));

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/v1/donors")).StatusCode);
        var write = await Http.PostAsync(viewer, "/api/v1/donors", new { firstName = "V", lastName = "W", classYear = 2000 });
        await Http.ProblemAsync(write, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_gift_officer_records_gifts_but_cannot_manage_keys()
    {
        using var officer = _server.CreateClient(await NewKeyAsync("gift-officer"));

        await Http.CreateDonorAsync(officer);
        await Http.ProblemAsync(await Http.PostAsync(officer, "/api/v1/api-keys", new { name = "x", role = "admin" }), HttpStatusCode.Forbidden);
        await Http.ProblemAsync(await Http.PostAsync(officer, "/api/v1/admin/rebuild", new { }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Keys_are_stored_hashed_and_a_revoked_key_stops_working()
    {
        using var admin = _server.CreateClient();
        var created = await Http.ReadAsync<ApiKeyResponse>(
            await Http.PostAsync(admin, "/api/v1/api-keys", new { name = "processor", role = "gift-officer" }), HttpStatusCode.Created);
        using var holder = _server.CreateClient(created.Key);
        Assert.Equal(HttpStatusCode.OK, (await holder.GetAsync("/api/v1/donors")).StatusCode);

        var listed = await Http.GetAsync<List<ApiKeyResponse>>(admin, "/api/v1/api-keys");
        Assert.All(listed, k => Assert.Null(k.Key));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/api-keys/{created.Id}")).StatusCode);

        await Http.ProblemAsync(await holder.GetAsync("/api/v1/donors"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_key_with_an_unknown_role_is_refused()
    {
        using var admin = _server.CreateClient();

        var problem = await Http.ProblemAsync(await Http.PostAsync(admin, "/api/v1/api-keys", new { name = "x", role = "superuser" }), HttpStatusCode.BadRequest);

        Assert.NotEmpty(Http.ErrorsFor(problem, "role"));
    }

    private async Task<string> NewKeyAsync(string role)
    {
        using var admin = _server.CreateClient();
        var created = await Http.ReadAsync<ApiKeyResponse>(
            await Http.PostAsync(admin, "/api/v1/api-keys", new { name = $"{role} key", role }), HttpStatusCode.Created);
        return created.Key!;
    }
}
