using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GiveBack.Constituents.Endpoints;
using GiveBack.FunctionalTests.Constituents.Imports;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Testing.Csv;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Plugins;

/// <summary>
/// The outbox seam end to end: the product's own producers (gift API, donor API, engagement) write events, and the
/// plugins loaded from disk receive what a CRM needs, through the real host's delivery.
/// </summary>
public sealed class EventsReachPluginsTests(PluginSeamFixture fixture) : IClassFixture<PluginSeamFixture>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task An_offline_cheque_reaches_the_webhook_and_the_npsp_export_with_its_amount_currency_date_campaign_and_fund()
    {
        var campaign = await Http.CreateCampaignAsync(Client);
        var donor = await Http.CreateDonorAsync(Client, firstName: "Jeanne", lastName: "Dupont");
        var gift = await Http.RecordGiftAsync(Client, new
        {
            donorId = donor.Id, campaignId = campaign.Id, amount = 25_000, currency = "EUR", receivedOn = "2025-10-15",
            method = "cheque", fund = "Scholarships",
        });

        var data = await WebhookEventAsync("GiftRecorded", e => e.GetProperty("giftId").GetGuid() == gift.Id);
        Assert.Equal(25_000, data.GetProperty("amountMinor").GetInt64());
        Assert.Equal("EUR", data.GetProperty("currency").GetString());
        Assert.Equal(new DateTimeOffset(2025, 10, 15, 0, 0, 0, TimeSpan.Zero), data.GetProperty("receivedAt").GetDateTimeOffset());
        Assert.Equal((campaign.Id, campaign.Name), (data.GetProperty("campaignId").GetGuid(), data.GetProperty("campaignName").GetString()));
        Assert.Equal(("Scholarships", "cheque", "offline", false), (
            data.GetProperty("fund").GetString(), data.GetProperty("method").GetString(),
            data.GetProperty("source").GetString(), data.GetProperty("recurring").GetBoolean()));
        Assert.Equal(donor.Id, data.GetProperty("donorId").GetGuid());

        var row = await NpspRowAsync(gift.Id);
        Assert.Equal(("250.00", "EUR", "2025-10-15"), (row["Donation_Amount__c"], row["CurrencyIsoCode"], row["Donation_Date__c"]));
        Assert.Equal((campaign.Name, "Scholarships", "Check"), (row["Donation_Campaign_Name__c"], row["GiveBack_Fund__c"], row["Payment_Method__c"]));
        Assert.Equal(("Jeanne", "Dupont", "Closed Won"), (row["Contact1_Firstname__c"], row["Contact1_Lastname__c"], row["Donation_Stage__c"]));
    }

    [Fact]
    public async Task A_donor_change_carries_the_donor_s_consent_and_language()
    {
        var response = await Http.PostAsync(Client, "/api/v1/donors", new
        {
            firstName = "Élodie", lastName = "Martin", email = $"{Guid.NewGuid():N}@example.org", classYear = 2012, language = "fr",
        });
        var donor = await Http.ReadAsync<DonorResponse>(response, HttpStatusCode.Created);
        Assert.Equal("fr", donor.Language);

        var created = await WebhookEventAsync("DonorChanged", e => e.GetProperty("donorId").GetGuid() == donor.Id);
        Assert.Equal("fr", created.GetProperty("language").GetString());
        Assert.Equal(["email"], Channels(created));
        Assert.Equal("email", created.GetProperty("preferredChannel").GetString());
        Assert.Equal(2012, created.GetProperty("classYear").GetInt32());

        (await Client.PatchAsync($"/api/v1/donors/{donor.Id}", JsonContent.Create(new { emailOptOut = true }))).EnsureSuccessStatusCode();

        var optedOut = await WebhookEventAsync(
            "DonorChanged", e => e.GetProperty("donorId").GetGuid() == donor.Id && Channels(e).Length == 0);
        Assert.Equal("fr", optedOut.GetProperty("language").GetString());
        Assert.True(optedOut.GetProperty("changedAt").GetDateTimeOffset() >= created.GetProperty("changedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Donors_imported_in_bulk_reach_the_plugins_with_their_names_and_class_year()
    {
        // More than 20 new donors: the import's bulk path (rows and events written per chunk, no grain per donor).
        var tag = Guid.NewGuid().ToString("N")[..10];
        var rows = new StringBuilder("donor_key,first_name,last_name,email,class_year\n");
        for (var i = 0; i < 25; i++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"k-{tag}-{i},Imported{i},Z{Guid.NewGuid():N},i{i}-{tag}@example.org,{2000 + i}\n");
        }

        var response = await ImportClient.PostAsync(Client, Encoding.UTF8.GetBytes(rows.ToString()), "people.csv", "generic", "false");
        var created = await Http.ReadAsync<ImportCreatedResponse>(response, HttpStatusCode.Accepted);
        var finished = await ImportClient.FinishedAsync(Client, created.Id);
        Assert.Equal(("completed", 25), (finished.Status, finished.ImportedRows));

        foreach (var i in new[] { 0, 24 })
        {
            var changed = await WebhookEventAsync("DonorChanged", e => e.GetProperty("email").GetString() == $"i{i}-{tag}@example.org");
            Assert.Equal($"Imported{i}", changed.GetProperty("firstName").GetString());
            Assert.Equal(2000 + i, changed.GetProperty("classYear").GetInt32());
            var donor = await Http.GetAsync<DonorResponse>(Client, $"/api/v1/donors/{changed.GetProperty("donorId").GetGuid()}");
            Assert.Equal($"i{i}-{tag}@example.org", donor.Email);
        }
    }

    [Fact]
    public async Task A_stage_change_carries_the_stage_before_and_after()
    {
        var donor = await Http.CreateDonorAsync(Client);
        var now = DateTimeOffset.UtcNow;
        foreach (var type in new[] { "volunteered", "graduate-hired" })
        {
            var response = await Http.PostAsync(Client, $"/api/v1/donors/{donor.Id}/activities", new { type, occurredAt = now });
            await Http.ReadAsync<JsonElement>(response, HttpStatusCode.Created);
        }

        var involved = await WebhookEventAsync(
            "StageChanged", e => e.GetProperty("donorId").GetGuid() == donor.Id && e.GetProperty("stage").GetString() == "involved");
        Assert.Equal("aware", involved.GetProperty("previousStage").GetString());
        // 10 + 5 points, decayed by the seconds between occurredAt and the scoring (a half-life of months): on a loaded
        // machine that moves the sixth decimal, never the second.
        Assert.InRange(involved.GetProperty("score").GetDouble(), 14.99, 15.0);
        Assert.Contains("involved", involved.GetProperty("reason").GetString(), StringComparison.Ordinal);
        var aware = await WebhookEventAsync(
            "StageChanged", e => e.GetProperty("donorId").GetGuid() == donor.Id && e.GetProperty("stage").GetString() == "aware");
        Assert.Equal("unaware", aware.GetProperty("previousStage").GetString());
    }

    private static string[] Channels(JsonElement donorChanged) =>
        [.. donorChanged.GetProperty("consentedChannels").EnumerateArray().Select(c => c.GetString()!)];

    /// <summary>The event the Webhook plugin posted, checking its signature.</summary>
    private async Task<JsonElement> WebhookEventAsync(string type, Func<JsonElement, bool> match)
    {
        var hook = await fixture.Receiver.WaitForEventAsync(type, match);
        Assert.True(hook.IsSignedWith(PluginSeamFixture.WebhookSecret), "the webhook is signed with the configured secret");
        return hook.Data;
    }

    private Task<Dictionary<string, string>> NpspRowAsync(Guid recordId) =>
        CsvFile.WaitForRowAsync(fixture.CsvFolder, "npsp-import-*.csv", "GiveBack_Record_Id__c", recordId.ToString());
}
