using System.Net;
using System.Net.Http.Json;
using System.Text;
using GiveBack.Api.Security;
using GiveBack.Constituents.Endpoints;
using GiveBack.Constituents.Imports.Mappings;
using GiveBack.Constituents.Imports.Store;
using GiveBack.Domain.Paging;
using GiveBack.FunctionalTests.Support;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Constituents.Imports;

/// <summary>
/// Saved mappings and the locale of an upload, through the real host and worker: a mapping saved under a name reads a
/// file by its own column names in its locale; an upload's <c>dateLocale</c> overrides the mapping's for dates and
/// amounts; bad mappings and locales are refused by field, the shipped names are reserved, and only writers save.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class SavedMappingTests(ServerFixture fixture)
{
    private readonly HttpClient _client = fixture.Server.CreateClient();

    [Fact]
    public async Task A_saved_mapping_reads_a_file_by_its_own_columns_in_its_locale()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var name = $"Alumni-Office-{tag}";
        var body = new SavedMappingRequest(
            new Dictionary<string, string>
            {
                ["gift_key"] = "Réf", ["first_name"] = "Prénom", ["last_name"] = "Nom", ["email"] = "Courriel", ["amount"] = "Montant",
                ["currency"] = "Devise", ["gift_date"] = "Date du don", ["campaign"] = "Campagne",
            },
            "fr-FR");
        var created = await _client.PutAsJsonAsync($"/api/v1/import-mappings/{name}", body, Json.Options);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.PutAsJsonAsync($"/api/v1/import-mappings/{name}", body, Json.Options)).StatusCode);
        var saved = await Http.GetAsync<SavedMapping>(_client, $"/api/v1/import-mappings/{name.ToUpperInvariant()}");
        Assert.Equal((name.ToLowerInvariant(), "fr-FR", "Prénom"), (saved.Name, saved.DateLocale, saved.Columns["first_name"]));

        var campaign = $"Campagne {tag}";
        var email = $"elodie.{tag}@example.org";
        var file = Encoding.UTF8.GetBytes($"Réf;Prénom;Nom;Courriel;Montant;Devise;Date du don;Campagne\nr-{tag};Élodie;Durand;{email};1 250,50;EUR;03/02/2025;{campaign}\n");
        var status = await RunAsync(file, name, dateLocale: null);
        Assert.True(status.Status == ImportStatuses.Completed, status.Failure);
        Assert.Equal(1, status.ImportedRows);
        Assert.Equal(1_250_50, (await ImportClient.RaisedAsync(_client, [campaign]))[campaign]);
        Assert.Equal(new DateOnly(2025, 2, 3), (await DonorAsync(email)).Giving.FirstGiftOn);

        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/v1/import-mappings/{name}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/v1/import-mappings/{name}")).StatusCode);
        var gone = await Http.ProblemAsync(await ImportClient.PostAsync(_client, file, "again.csv", name, "false"), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Http.ErrorsFor(gone, "mapping"));
    }

    [Fact]
    public async Task An_uploads_date_locale_overrides_the_mappings_for_dates_and_amounts()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var email = $"locale.{tag}@example.org";
        var campaign = $"Locale {tag}";
        var file = Encoding.UTF8.GetBytes(
            $"donor_key,first_name,last_name,email,gift_key,amount,currency,gift_date,campaign\nd-{tag},Ines,Laurent,{email},g-{tag},\"1.234,50\",EUR,04.03.2025,{campaign}\n");

        var status = await RunAsync(file, "generic", dateLocale: "de-DE");

        Assert.True(status.Status == ImportStatuses.Completed, status.Failure);
        Assert.Equal(("de-DE", 1), (status.DateLocale, status.ImportedRows));
        Assert.Equal(1_234_50, (await ImportClient.RaisedAsync(_client, [campaign]))[campaign]);
        Assert.Equal(new DateOnly(2025, 3, 4), (await DonorAsync(email)).Giving.FirstGiftOn);
    }

    [Fact]
    public async Task Bad_mappings_and_locales_are_refused_by_field_and_only_writers_save()
    {
        var reserved = await Http.ProblemAsync(
            await _client.PutAsJsonAsync("/api/v1/import-mappings/generic", new SavedMappingRequest(new Dictionary<string, string> { ["first_name"] = "A", ["last_name"] = "B" }, null), Json.Options),
            HttpStatusCode.BadRequest);
        Assert.NotEmpty(Http.ErrorsFor(reserved, "name"));

        var wrong = await Http.ProblemAsync(
            await _client.PutAsJsonAsync("/api/v1/import-mappings/mine", new SavedMappingRequest(new Dictionary<string, string> { ["shoe_size"] = "Size" }, "xx-Nowhere"), Json.Options),
            HttpStatusCode.BadRequest);
        Assert.NotEmpty(Http.ErrorsFor(wrong, "columns.shoe_size"));
        Assert.NotEmpty(Http.ErrorsFor(wrong, "columns"));
        Assert.NotEmpty(Http.ErrorsFor(wrong, "dateLocale"));

        var badLocale = await Http.ProblemAsync(
            await PostAsync("first_name,last_name\nA,B\n"u8.ToArray(), "generic", "not-a-locale"), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Http.ErrorsFor(badLocale, "dateLocale"));

        Assert.Equal(HttpStatusCode.BadRequest, (await _client.DeleteAsync("/api/v1/import-mappings/npsp")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/import-mappings/never-saved")).StatusCode);

        var viewerKey = await Http.ReadAsync<ApiKeyResponse>(
            await Http.PostAsync(_client, "/api/v1/api-keys", new { name = "mapping viewer", role = "viewer" }), HttpStatusCode.Created);
        using var viewer = fixture.Server.CreateClient(viewerKey.Key!);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/v1/import-mappings")).StatusCode);
        var refused = await viewer.PutAsJsonAsync(
            "/api/v1/import-mappings/viewer-try", new SavedMappingRequest(new Dictionary<string, string> { ["first_name"] = "A", ["last_name"] = "B" }, null), Json.Options);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(byte[] file, string mapping, string? dateLocale)
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(file), "file", "people.csv" },
            { new StringContent(mapping), "mapping" },
            { new StringContent("false"), "dryRun" },
        };
        if (dateLocale is not null)
        {
            form.Add(new StringContent(dateLocale), "dateLocale");
        }

        return await _client.PostAsync("/api/v1/imports", form);
    }

    private async Task<GiveBack.Constituents.Imports.ImportStatus> RunAsync(byte[] file, string mapping, string? dateLocale)
    {
        var created = await Http.ReadAsync<ImportCreatedResponse>(await PostAsync(file, mapping, dateLocale), HttpStatusCode.Accepted);
        return await ImportClient.FinishedAsync(_client, created.Id);
    }

    private async Task<DonorResponse> DonorAsync(string email)
    {
        var found = await Http.GetAsync<Page<DonorResponse>>(_client, $"/api/v1/donors?q={Uri.EscapeDataString(email)}");
        return await Http.GetAsync<DonorResponse>(_client, $"/api/v1/donors/{Assert.Single(found.Items).Id}");
    }
}
