using System.IO.Compression;
using System.Net;
using System.Text.Json;
using GiveBack.Constituents.Endpoints;
using GiveBack.Constituents.Imports;
using GiveBack.Constituents.Imports.Store;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Constituents.Imports;

/// <summary>
/// The institution leaves and comes back: everything booked on one GiveBack (donors, two campaigns, gifts over two
/// fiscal years, a refund) is exported, and the export's donors.csv then gifts.csv are imported with the generic
/// mapping into a second GiveBack on its own empty database. Both then answer the same donor summaries, campaign
/// figures and reports; importing the files again books nothing.
/// </summary>
public sealed class ExportRoundTripTests
{
    [Fact]
    public async Task An_export_imported_into_an_empty_instance_gives_equal_donor_summaries_campaign_figures_and_reports()
    {
        await using var source = await GiveBackServer.StartAsync();
        using var from = source.CreateClient();
        var seeded = await SeedAsync(from);
        var (donorsCsv, giftsCsv) = await ExportAsync(from);

        await using var target = await GiveBackServer.StartAsync();
        using var to = target.CreateClient();
        Assert.Equal(0, await ImportClient.DonorCountAsync(to));

        var donors = await ImportAsync(to, donorsCsv, "donors.csv");
        Assert.Equal((ImportStatuses.Completed, seeded.Donors.Count, 0), (donors.Status, donors.ImportedRows, donors.SkippedRows));
        var gifts = await ImportAsync(to, giftsCsv, "gifts.csv");
        Assert.True(gifts.Errors is [], string.Join("; ", gifts.Errors!.Select(e => $"{e.Row} {e.Column} {e.Value}: {e.Message}")));
        Assert.Equal((ImportStatuses.Completed, seeded.LedgerRows, 0), (gifts.Status, gifts.ImportedRows, gifts.SkippedRows));

        await AssertSameFiguresAsync(from, to, seeded);

        // The list of imports carries counts; each import's row errors are on its own page.
        var listed = (await Http.GetAsync<JsonElement>(to, "/api/v1/imports")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, listed.Count);
        Assert.All(listed, item => Assert.False(item.TryGetProperty("errors", out _), "a listed import carries its errors"));

        // Stable row keys from the export's ids: a second import of both files books nothing.
        var again = await ImportAsync(to, donorsCsv, "donors.csv");
        Assert.Equal((0, seeded.Donors.Count), (again.ImportedRows, again.SkippedRows));
        var giftsAgain = await ImportAsync(to, giftsCsv, "gifts.csv");
        Assert.Equal((0, seeded.LedgerRows), (giftsAgain.ImportedRows, giftsAgain.SkippedRows));
        Assert.Equal(seeded.Donors.Count, await ImportClient.DonorCountAsync(to));
        await AssertSameFiguresAsync(from, to, seeded);
    }

    private static async Task AssertSameFiguresAsync(HttpClient from, HttpClient to, Seeded seeded)
    {
        foreach (var donor in seeded.Donors)
        {
            var before = await Http.GetAsync<JsonElement>(from, $"/api/v1/donors/{donor}");
            var after = await Http.GetAsync<JsonElement>(to, $"/api/v1/donors/{donor}");
            Assert.Equal(Raw(before, "giving"), Raw(after, "giving"));
            Assert.Equal(
                (Raw(before, "firstName"), Raw(before, "lastName"), Raw(before, "email"), Raw(before, "classYear")),
                (Raw(after, "firstName"), Raw(after, "lastName"), Raw(after, "email"), Raw(after, "classYear")));
        }

        var campaignsBefore = (await Http.GetAsync<JsonElement>(from, "/api/v1/campaigns")).EnumerateArray().ToDictionary(c => Raw(c, "id"), c => Raw(c, "progress"));
        var campaignsAfter = (await Http.GetAsync<JsonElement>(to, "/api/v1/campaigns")).EnumerateArray().ToDictionary(c => Raw(c, "id"), c => Raw(c, "progress"));
        Assert.Equal(campaignsBefore.Count, campaignsAfter.Count);
        foreach (var (id, progress) in campaignsBefore)
        {
            Assert.Equal(progress, campaignsAfter[id]);
        }

        foreach (var report in new[]
        {
            "retention?fiscalYear=2026&currency=EUR", "retention?fiscalYear=2025&currency=EUR",
            $"participation?fiscalYear=2026&currency=EUR&campaignId={seeded.Campaign}", "lybunt?fiscalYear=2026&currency=EUR",
        })
        {
            Assert.Equal(
                (await Http.GetAsync<JsonElement>(from, $"/api/v1/reports/{report}")).GetRawText(),
                (await Http.GetAsync<JsonElement>(to, $"/api/v1/reports/{report}")).GetRawText());
        }
    }

    private static string Raw(JsonElement element, string property) => element.GetProperty(property).GetRawText();

    /// <summary>Donors of two class years and a friend, gifts in two fiscal years to two campaigns, a refund.</summary>
    private static async Task<Seeded> SeedAsync(HttpClient client)
    {
        var annual = await Http.CreateCampaignAsync(client);
        var library = await Http.CreateCampaignAsync(client);
        var ada = await Http.ReadAsync<GiveBack.Giving.Endpoints.Donors.DonorResponse>(
            await Http.PostAsync(client, "/api/v1/donors", new { firstName = "=Ada", lastName = "Lovelace, Countess", email = "ada@example.org", classYear = 1995 }),
            HttpStatusCode.Created);
        var camille = await Http.CreateDonorAsync(client, classYear: 2010, firstName: "Camille", lastName: "Martin");
        var friend = await Http.CreateDonorAsync(client, classYear: null, firstName: "Noor", lastName: "Haddad");
        var quiet = await Http.CreateDonorAsync(client, classYear: 2010, firstName: "Idris", lastName: "Okafor");

        await Http.RecordGiftAsync(client, Http.Gift(ada.Id, annual.Id, amount: 10_000, receivedOn: "2024-10-01"));
        await Http.RecordGiftAsync(client, Http.Gift(ada.Id, annual.Id, amount: 12_500, receivedOn: "2025-09-15"));
        var refunded = await Http.RecordGiftAsync(client, Http.Gift(ada.Id, library.Id, amount: 2_500, receivedOn: "2025-10-20"));
        await Http.RecordGiftAsync(client, Http.Gift(camille.Id, annual.Id, amount: 5_000, receivedOn: "2024-11-03"));
        await Http.RecordGiftAsync(client, Http.Gift(camille.Id, library.Id, amount: 7_000, receivedOn: "2025-08-01"));
        await Http.RecordGiftAsync(client, Http.Gift(friend.Id, annual.Id, amount: 30_000, receivedOn: "2025-12-01"));
        await Http.ReadAsync<GiftResponse>(
            await Http.PostAsync(client, $"/api/v1/gifts/{refunded.Id}/reversals", new { reason = "Cheque returned" }), HttpStatusCode.Created);
        return new Seeded([ada.Id, camille.Id, friend.Id, quiet.Id], annual.Id, LedgerRows: 7);
    }

    private static async Task<(byte[] Donors, byte[] Gifts)> ExportAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v1/exports");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        return (Read(zip, "donors.csv"), Read(zip, "gifts.csv"));
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name);
        Assert.True(entry is not null, $"the export has no {name}");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static async Task<ImportStatus> ImportAsync(HttpClient client, byte[] file, string name)
    {
        var created = await Http.ReadAsync<ImportCreatedResponse>(await ImportClient.PostAsync(client, file, name, "generic", "false"), HttpStatusCode.Accepted);
        return await ImportClient.FinishedAsync(client, created.Id);
    }

    private sealed record Seeded(IReadOnlyList<Guid> Donors, Guid Campaign, int LedgerRows);
}
