using System.Net;
using GiveBack.Api.Security;
using GiveBack.Constituents.Imports;
using GiveBack.Constituents.Imports.Store;
using GiveBack.FunctionalTests.Support;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Constituents.Imports;

/// <summary>
/// The shipped samples of each saved mapping (samples/imports), through the real host and worker: a dry run lists every
/// bad row and changes nothing, the real run books the good rows (the campaigns' figures are their sum), and a second
/// run of the same file books nothing.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class SampleImportTests(ServerFixture fixture)
{
    private readonly HttpClient _client = fixture.Server.CreateClient();

    [Fact]
    public Task The_npsp_sample_books_its_good_rows_once() => ImportsOnceAsync(
        "npsp.csv", "npsp", badRows: [7, 8, 9, 11, 12], newDonors: 5,
        raised: new() { ["Annual Fund FY25"] = 125_000 + 50_000 + 350_000, ["Spring Gala 2025"] = 200_000 + 7_550 + 25_000 });

    [Fact]
    public Task The_civicrm_sample_books_its_good_rows_once() => ImportsOnceAsync(
        "civicrm.csv", "civicrm", badRows: [6, 7, 8, 9, 10], newDonors: 4,
        raised: new() { ["Giving Day 2025"] = 125_000 + 8_000, ["Library Renewal"] = 4_500 + 50_000 + 200_000 });

    [Fact]
    public Task The_raisers_edge_workbook_books_its_good_rows_once() => ImportsOnceAsync(
        "raisers-edge.xlsx", "raisers-edge", badRows: [6, 7, 8, 9], newDonors: 4,
        raised: new() { ["Capital Campaign 2025"] = 500_000 + 120_000, ["Athletics Fund"] = 25_000 + 75_000 + 10_000 });

    [Fact]
    public async Task A_request_without_a_file_with_an_unknown_mapping_or_a_wrong_type_is_refused_by_field()
    {
        var noFile = await Http.ProblemAsync(await ImportClient.PostAsync(_client, null, "x.csv", "npsp", "true"), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Http.ErrorsFor(noFile, "file"));

        var unknown = await Http.ProblemAsync(await ImportClient.PostAsync(_client, "a,b\n1,2\n"u8.ToArray(), "x.csv", "salesforce-classic", "false"), HttpStatusCode.BadRequest);
        Assert.Contains(Http.ErrorsFor(unknown, "mapping"), m => m.Contains("npsp, civicrm, raisers-edge, generic", StringComparison.Ordinal));

        var wrongType = await Http.ProblemAsync(await ImportClient.PostAsync(_client, "%PDF-1.7"u8.ToArray(), "gifts.pdf", "generic", "maybe"), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Http.ErrorsFor(wrongType, "file"));
        Assert.NotEmpty(Http.ErrorsFor(wrongType, "dryRun"));

        var viewerKey = await Http.ReadAsync<ApiKeyResponse>(
            await Http.PostAsync(_client, "/api/v1/api-keys", new { name = "import viewer", role = "viewer" }), HttpStatusCode.Created);
        using var reader = fixture.Server.CreateClient(viewerKey.Key!);
        var refused = await ImportClient.PostAsync(reader, "a,b\n1,2\n"u8.ToArray(), "x.csv", "generic", "true");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private async Task ImportsOnceAsync(string sample, string mapping, int[] badRows, int newDonors, Dictionary<string, long> raised)
    {
        var path = ImportClient.Sample(sample);
        var donorsBefore = await ImportClient.DonorCountAsync(_client);
        Assert.All(await ImportClient.RaisedAsync(_client, raised.Keys), r => Assert.Equal(0, r.Value));

        var dryRun = await ImportClient.RunAsync(_client, path, mapping, dryRun: true);
        AssertListsBadRows(dryRun, badRows);
        var goodRows = dryRun.TotalRows - badRows.Length;
        Assert.Equal(goodRows, dryRun.ImportedRows);
        Assert.Equal(donorsBefore, await ImportClient.DonorCountAsync(_client));
        Assert.All(await ImportClient.RaisedAsync(_client, raised.Keys), r => Assert.Equal(0, r.Value));

        var real = await ImportClient.RunAsync(_client, path, mapping, dryRun: false);
        AssertListsBadRows(real, badRows);
        Assert.Equal(goodRows, real.ImportedRows);
        Assert.Equal(badRows.Length, real.SkippedRows);
        Assert.Equal(raised, await ImportClient.RaisedAsync(_client, raised.Keys));
        Assert.Equal(donorsBefore + newDonors, await ImportClient.DonorCountAsync(_client));

        var again = await ImportClient.RunAsync(_client, path, mapping, dryRun: false);
        Assert.Equal(ImportStatuses.Completed, again.Status);
        Assert.Equal(0, again.ImportedRows);
        Assert.Equal(again.TotalRows, again.SkippedRows);
        Assert.Equal(raised, await ImportClient.RaisedAsync(_client, raised.Keys));
        Assert.Equal(donorsBefore + newDonors, await ImportClient.DonorCountAsync(_client));
    }

    private static void AssertListsBadRows(ImportStatus status, int[] badRows)
    {
        Assert.True(status.Status == ImportStatuses.Completed, $"The import ended {status.Status}: {status.Failure}");
        Assert.Equal(status.TotalRows, status.ProcessedRows);
        Assert.Equal(badRows, status.Errors!.Select(e => e.Row).Distinct().Order().ToArray());
        Assert.All(status.Errors!, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Column), $"Row {e.Row} has no column");
            Assert.False(string.IsNullOrWhiteSpace(e.Message), $"Row {e.Row} has no message");
        });
    }
}
