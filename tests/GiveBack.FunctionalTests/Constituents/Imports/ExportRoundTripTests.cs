using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using GiveBack.Constituents.Endpoints;
using GiveBack.Constituents.Imports;
using GiveBack.Constituents.Imports.Store;
using GiveBack.Domain.Paging;
using GiveBack.Engagement.Endpoints;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Pledges.Endpoints;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Constituents.Imports;

/// <summary>
/// The institution leaves and comes back: everything booked on one GiveBack (donors, two campaigns, gifts over two
/// fiscal years, a refund, a pledge with one payment, an activity) is exported, and the export's donors.csv,
/// pledges.csv, gifts.csv and activities.csv are imported with the generic mapping, in that order, into a second
/// GiveBack on its own empty database. Both then answer the same donor summaries, campaign figures (committed
/// included), reports, pledge and activities; importing the files again books nothing.
/// </summary>
public sealed class ExportRoundTripTests
{
    [Fact]
    public async Task An_export_imported_into_an_empty_instance_gives_equal_donor_summaries_campaign_figures_pledges_activities_and_reports()
    {
        await using var source = await GiveBackServer.StartAsync();
        using var from = source.CreateClient();
        var seeded = await SeedAsync(from);
        var files = await ExportAsync(from);

        await using var target = await GiveBackServer.StartAsync();
        using var to = target.CreateClient();
        Assert.Equal(0, await ImportClient.DonorCountAsync(to));

        var rows = new[] { seeded.Donors.Count, 1, seeded.LedgerRows, 1 };
        foreach (var (file, count) in Files.Zip(rows))
        {
            var imported = await ImportAsync(to, files[file], file);
            Assert.True(imported.Errors is [], $"{file}: " + string.Join("; ", imported.Errors!.Select(e => $"{e.Row} {e.Column} {e.Value}: {e.Message}")));
            Assert.Equal((file, ImportStatuses.Completed, count, 0), (file, imported.Status, imported.ImportedRows, imported.SkippedRows));
        }

        await AssertSameFiguresAsync(from, to, seeded);

        // The list of imports carries counts; each import's row errors are on its own page.
        var listed = (await Http.GetAsync<JsonElement>(to, "/api/v1/imports")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(Files.Length, listed.Count);
        Assert.All(listed, item => Assert.False(item.TryGetProperty("errors", out _), "a listed import carries its errors"));

        // Stable row keys from the export's ids: a second import of every file books nothing.
        foreach (var (file, count) in Files.Zip(rows))
        {
            var again = await ImportAsync(to, files[file], file);
            Assert.Equal((file, 0, count), (file, again.ImportedRows, again.SkippedRows));
        }

        Assert.Equal(seeded.Donors.Count, await ImportClient.DonorCountAsync(to));
        await AssertSameFiguresAsync(from, to, seeded);
    }

    /// <summary>The order the export's README gives: a pledge's donor before it, a payment's pledge before the gift.</summary>
    private static readonly string[] Files = ["donors.csv", "pledges.csv", "gifts.csv", "activities.csv"];

    private static async Task AssertSameFiguresAsync(HttpClient from, HttpClient to, Seeded seeded)
    {
        var pledgeBefore = await Http.GetAsync<PledgeResponse>(from, $"/api/v1/pledges/{seeded.Pledge}");
        var pledgeAfter = await Http.GetAsync<PledgeResponse>(to, $"/api/v1/pledges/{seeded.Pledge}");
        Assert.Equal((60_000L, 20_000L, 40_000L), (pledgeAfter.Amount, pledgeAfter.PaidAmount, pledgeAfter.BalanceAmount));
        static object Terms(PledgeResponse p) =>
            (p.DonorId, p.CampaignId, p.Fund, p.Amount, p.Currency, p.Frequency, p.InstallmentCount, p.FirstDueOn, p.Status, p.PaidAmount, p.BalanceAmount, p.WrittenOffAmount);
        Assert.Equal(Terms(pledgeBefore), Terms(pledgeAfter));
        Assert.Equal(pledgeBefore.Installments, pledgeAfter.Installments);

        foreach (var donor in seeded.Donors)
        {
            static async Task<List<(Guid, string, DateTimeOffset, string?)>> ActivitiesAsync(HttpClient client, Guid donor) =>
                [.. (await Http.GetAsync<Page<ActivityResponse>>(client, $"/api/v1/donors/{donor}/activities")).Items
                    .Select(a => (a.Id, a.Type, a.OccurredAt, a.Detail))];
            Assert.Equal(await ActivitiesAsync(from, donor), await ActivitiesAsync(to, donor));

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

        // A pledge to the annual fund in three installments, one of them paid; an activity at an instant with a time of day.
        var firstDue = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var pledge = await Http.ReadAsync<PledgeResponse>(await Http.PostAsync(client, "/api/v1/pledges", new
        {
            donorId = quiet.Id, campaignId = annual.Id, amount = 60_000, currency = "EUR", installmentCount = 3, frequency = "monthly", firstDueOn = firstDue, fund = "Scholarships",
        }, Guid.NewGuid().ToString()), HttpStatusCode.Created);
        await Http.RecordGiftAsync(client, new { donorId = quiet.Id, campaignId = annual.Id, amount = 20_000, currency = "EUR", receivedOn = "2026-05-04", method = "wire", fund = "Scholarships", pledgeId = pledge.Id });
        await Http.ReadAsync<JsonElement>(
            await Http.PostAsync(client, $"/api/v1/donors/{camille.Id}/activities", new { type = "volunteered", occurredAt = "2025-06-01T14:30:15.123456+00:00", detail = "Reunion desk, 3 hours" }),
            HttpStatusCode.Created);
        return new Seeded([ada.Id, camille.Id, friend.Id, quiet.Id], annual.Id, pledge.Id, LedgerRows: 8);
    }

    private static async Task<Dictionary<string, byte[]>> ExportAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v1/exports");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        return Files.ToDictionary(f => f, f => Read(zip, f));
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

    private sealed record Seeded(IReadOnlyList<Guid> Donors, Guid Campaign, Guid Pledge, int LedgerRows);
}
