using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GiveBack.Engagement.Endpoints;
using GiveBack.Engagement.Moves;
using GiveBack.FunctionalTests.Plugins;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Testing;
using GiveBack.Testing.Host;
using Npgsql;

namespace GiveBack.FunctionalTests.Constituents;

/// <summary>
/// Erasure end to end, through the real host with the CSV and Webhook plugins loaded from disk: the donor's name and
/// e-mail leave every table, the grain state, the outbox and the plugin's folder, while every figure the ledger gives
/// stays the same.
/// </summary>
public sealed class DonorErasureTests(PluginSeamFixture fixture) : IClassFixture<PluginSeamFixture>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task An_erased_donor_leaves_no_name_or_email_in_the_database_grains_outbox_or_plugin_folder_and_the_figures_stand()
    {
        var (first, last) = ($"Zephyrine{Guid.NewGuid():N}"[..16], "Quillfeather");
        var email = $"zq.{Guid.NewGuid():N}@example.org";
        var campaign = await Http.CreateCampaignAsync(Client);
        var donor = await Http.ReadAsync<DonorResponse>(
            await Http.PostAsync(Client, "/api/v1/donors", new { firstName = first, lastName = last, email, classYear = 2004 }),
            HttpStatusCode.Created);
        var gift = await Http.RecordGiftAsync(Client, Http.Gift(donor.Id, campaign.Id, amount: 12_345));
        await Http.RecordGiftAsync(Client, Http.Gift(donor.Id, campaign.Id, amount: 6_000));
        await SeedEngagementAsync(donor.Id, $"{first} {last} <{email}>");
        // An ambassador's story is free text about them (the giving day's erasure step blanks it).
        await Http.ReadAsync<JsonElement>(await Http.PostAsync(Client, $"/api/v1/campaigns/{campaign.Id}/ambassadors", new { donorId = donor.Id, story = $"{first} {last} ran the class of 2004's phone-a-thon." }), HttpStatusCode.Created);
        await SeedRelationshipsAsync(donor.Id, first, last);
        // The plugin has written the donor into its folder before the erasure.
        var row = await CsvRowAsync(gift.Id);
        Assert.Equal(first, row["Contact1_Firstname__c"]);

        // The scan sees the donor where they are: in the tables and, decoded from its binary state, in the donor grain.
        var before = await DatabaseDump.DataAsync(fixture.Server.Database.ConnectionString);
        Assert.True(Occurrences(before, email) >= 3, "the e-mail is in the donors row, the outbox and the grain state before the erasure");
        var totalBefore = await LedgerTotalAsync();
        var campaignBefore = (await Http.GetAsync<CampaignResponse>(Client, $"/api/v1/campaigns/{campaign.Id}")).Progress;
        var givingBefore = (await Http.GetAsync<DonorResponse>(Client, $"/api/v1/donors/{donor.Id}")).Giving;

        var erased = await Http.ReadAsync<JsonElement>(await Client.PostAsync($"/api/v1/donors/{donor.Id}/erasure", null), HttpStatusCode.OK);
        Assert.Equal(donor.Id, erased.GetProperty("donorId").GetGuid());
        Assert.True(erased.GetProperty("steps").GetArrayLength() >= 4, erased.ToString());

        await WaitForCsvPluginDeliveryAsync(donor.Id);
        var folder = string.Join('\n', Directory.GetFiles(fixture.CsvFolder, "*", SearchOption.AllDirectories).Select(File.ReadAllText));
        AssertNamesNobody(folder, first, last, email, "the CSV plugin's folder");
        Assert.Equal("", (await CsvRowAsync(gift.Id))["Contact1_Firstname__c"]);

        var dump = await DatabaseDump.DataAsync(fixture.Server.Database.ConnectionString);
        Assert.Contains("COPY public.orleansstorage", dump, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("DonorErased", dump, StringComparison.Ordinal);
        AssertNamesNobody(dump, first, last, email, "the database dump");

        Assert.Equal(totalBefore, await LedgerTotalAsync());
        Assert.Equal(campaignBefore.RaisedAmount, (await Http.GetAsync<CampaignResponse>(Client, $"/api/v1/campaigns/{campaign.Id}")).Progress.RaisedAmount);
        var audit = (await Http.GetAsync<JsonElement>(Client, $"/api/v1/audit?donorId={donor.Id}&limit=100")).GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(audit, e => e.GetProperty("action").GetString() == "erasure");
        var after = await Http.GetAsync<DonorResponse>(Client, $"/api/v1/donors/{donor.Id}");
        Assert.Equal((givingBefore.LifetimeAmount, "Erased", "donor", (string?)null), (after.Giving.LifetimeAmount, after.FirstName, after.LastName, after.Email));
    }

    [Fact]
    public async Task Erasing_twice_or_an_unknown_donor_is_a_problem_and_changes_nothing()
    {
        var donor = await Http.CreateDonorAsync(Client);
        await Http.ReadAsync<JsonElement>(await Client.PostAsync($"/api/v1/donors/{donor.Id}/erasure", null), HttpStatusCode.OK);

        var again = await Http.ProblemAsync(await Client.PostAsync($"/api/v1/donors/{donor.Id}/erasure", null), HttpStatusCode.Conflict);
        Assert.Equal("Donor already erased", again.GetProperty("title").GetString());
        await Http.ProblemAsync(await Client.PostAsync($"/api/v1/donors/{Guid.NewGuid()}/erasure", null), HttpStatusCode.NotFound);
    }

    /// <summary>A household whose name and salutation name the donor, and a spouse: the erasure must not leave the names there.</summary>
    private async Task SeedRelationshipsAsync(Guid donorId, string first, string last)
    {
        var spouse = await Http.CreateDonorAsync(Client, firstName: "Sam", lastName: "Partner");
        var household = await Http.ReadAsync<JsonElement>(
            await Http.PostAsync(Client, "/api/v1/households", new { name = $"{last} household", salutation = $"{first} and Sam {last}" }),
            HttpStatusCode.Created);
        var householdId = household.GetProperty("id").GetGuid();
        foreach (var member in new[] { donorId, spouse.Id })
        {
            await Http.ReadAsync<JsonElement>(await Http.PostAsync(Client, $"/api/v1/households/{householdId}/members", new { donorId = member }), HttpStatusCode.OK);
        }

        await Http.ReadAsync<JsonElement>(
            await Http.PostAsync(Client, $"/api/v1/donors/{donorId}/links", new { kind = "spouse", relatedDonorId = spouse.Id }), HttpStatusCode.Created);
    }

    private async Task SeedEngagementAsync(Guid donorId, string note)
    {
        await Http.ReadAsync<JsonElement>(
            await Http.PostAsync(Client, $"/api/v1/donors/{donorId}/activities", new { type = "volunteered", occurredAt = DateTimeOffset.UtcNow, detail = note }),
            HttpStatusCode.Created);
        (await Client.PutAsJsonAsync($"/api/v1/donors/{donorId}/talent", new TalentRequest(["fundraising"], "Publishing", "Lyon"), Json.Options))
            .EnsureSuccessStatusCode();
        (await Client.PutAsJsonAsync(
            $"/api/v1/donors/{donorId}/moves", new MovesRequest(MoveStage.Cultivation, "officer.one", $"Call {note}", null), Json.Options))
            .EnsureSuccessStatusCode();
    }

    private static void AssertNamesNobody(string text, string first, string last, string email, string where)
    {
        Assert.False(text.Contains(first, StringComparison.OrdinalIgnoreCase), $"{where} still holds the first name");
        Assert.False(text.Contains(last, StringComparison.OrdinalIgnoreCase), $"{where} still holds the last name");
        Assert.False(text.Contains(email, StringComparison.OrdinalIgnoreCase), $"{where} still holds the e-mail");
    }

    private static int Occurrences(string text, string value) =>
        (text.Length - text.Replace(value, "", StringComparison.OrdinalIgnoreCase).Length) / value.Length;

    private Task<Dictionary<string, string>> CsvRowAsync(Guid giftId) =>
        GiveBack.Testing.Csv.CsvFile.WaitForRowAsync(fixture.CsvFolder, "npsp-import-*.csv", "GiveBack_Record_Id__c", giftId.ToString());

    /// <summary>The real CSV plugin took the donor's DonorErased event (its delivery record says delivered).</summary>
    private Task WaitForCsvPluginDeliveryAsync(Guid donorId) =>
        Eventually.TrueAsync(
            async () => await ScalarAsync<long>(
                """
                SELECT count(*) FROM plugin_deliveries d JOIN outbox_messages o ON o.id = d.outbox_id
                WHERE d.plugin_id = 'CsvExport' AND d.status = 'delivered' AND o.type = 'DonorErased' AND o.donor_id = @donor
                """,
                donorId) == 1,
            "the CSV plugin to take DonorErased");

    private Task<long> LedgerTotalAsync() => ScalarAsync<long>("SELECT coalesce(sum(amount), 0)::bigint FROM ledger_entries", null);

    private async Task<T> ScalarAsync<T>(string sql, Guid? donorId)
    {
        await using var connection = new NpgsqlConnection(fixture.Server.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (donorId is { } id)
        {
            command.Parameters.AddWithValue("donor", id);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }
}
