using System.Net;
using GiveBack.Constituents.Endpoints;
using GiveBack.Constituents.Imports;
using GiveBack.Domain.Paging;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Testing;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Constituents.Imports;

/// <summary>The imports API as a client uses it: upload a file, then poll until the worker has finished it.</summary>
internal static class ImportClient
{
    public static string Sample(string name) => Path.Combine(RepositoryRoot.Path, "samples", "imports", name);

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[]? file, string fileName, string? mapping, string? dryRun)
    {
        using var form = new MultipartFormDataContent();
        if (file is not null)
        {
            form.Add(new ByteArrayContent(file), "file", fileName);
        }

        if (mapping is not null)
        {
            form.Add(new StringContent(mapping), "mapping");
        }

        if (dryRun is not null)
        {
            form.Add(new StringContent(dryRun), "dryRun");
        }

        return await client.PostAsync("/api/v1/imports", form);
    }

    public static async Task<ImportStatus> RunAsync(HttpClient client, string path, string mapping, bool dryRun)
    {
        var response = await PostAsync(client, await File.ReadAllBytesAsync(path), Path.GetFileName(path), mapping, dryRun ? "true" : "false");
        var created = await Http.ReadAsync<ImportCreatedResponse>(response, HttpStatusCode.Accepted);
        return await FinishedAsync(client, created.Id);
    }

    public static async Task<ImportStatus> FinishedAsync(HttpClient client, Guid id)
    {
        var deadline = DateTimeOffset.UtcNow.AddMinutes(2);
        while (true)
        {
            var status = await Http.GetAsync<ImportStatus>(client, $"/api/v1/imports/{id}");
            if (status.Finished)
            {
                return status;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"Import {id} did not finish within two minutes: {status.Status}, {status.ProcessedRows} rows.");
            await Task.Delay(100);
        }
    }

    public static async Task<long> DonorCountAsync(HttpClient client) =>
        (await Http.GetAsync<Page<DonorResponse>>(client, "/api/v1/donors?limit=1")).Total;

    /// <summary>What each named campaign has raised (0 when it does not exist), from the campaigns' own figures.</summary>
    public static async Task<Dictionary<string, long>> RaisedAsync(HttpClient client, IEnumerable<string> names)
    {
        var campaigns = await Http.GetAsync<List<CampaignResponse>>(client, "/api/v1/campaigns");
        return names.ToDictionary(n => n, n => campaigns.Where(c => c.Name == n).Sum(c => c.Progress.RaisedAmount));
    }
}
