using GiveBack.Plugins.Tests.Infrastructure;
using GiveBack.Testing;
using GiveBack.Testing.Csv;

namespace GiveBack.Plugins.Tests.CsvExport;

public sealed class CsvExportPluginTests
{
    // The field API names of NPSP's Data Import object: the Data Import wizard maps these without a hand-made mapping.
    private static readonly string[] NpspColumns =
    [
        "Contact1_Firstname__c", "Contact1_Lastname__c", "Contact1_Personal_Email__c", "Donation_Amount__c", "Donation_Date__c",
        "Donation_Stage__c", "Donation_Record_Type_Name__c", "Donation_Campaign_Name__c", "Payment_Method__c", "Donation_Donor__c",
    ];

    [Fact]
    public async Task Donor_gift_and_refund_become_npsp_import_rows_with_the_contact_columns()
    {
        var folder = Directory.CreateTempSubdirectory("giveback-csv-").FullName;
        try
        {
            await using var host = await PluginTestHost.StartAsync(
                ["CsvExport"], new Dictionary<string, string?> { ["Plugins:CsvExport:Folder"] = folder });
            var donor = Guid.NewGuid();
            await host.Events.DonorAsync(donor, "Ada", "Lovelace", "ada@example.org");
            var (_, gift) = await host.Events.GiftAsync(donor, 5_000, fund: "Scholarships");
            await host.Events.ReversalAsync(donor, gift);

            var rows = await Eventually.MatchesAsync(() => Task.FromResult(ReadRows(folder)), r => r.Count == 3, "three import rows");

            Assert.All(NpspColumns, c => Assert.True(rows[0].ContainsKey(c), $"missing column {c}"));
            var donation = rows[1];
            Assert.Equal(
                ("Ada", "Lovelace", "ada@example.org", "50.00", "2026-11-03", "Closed Won", "Donation", ProductEvents.CampaignName),
                (donation["Contact1_Firstname__c"], donation["Contact1_Lastname__c"], donation["Contact1_Personal_Email__c"],
                 donation["Donation_Amount__c"], donation["Donation_Date__c"], donation["Donation_Stage__c"],
                 donation["Donation_Record_Type_Name__c"], donation["Donation_Campaign_Name__c"]));
            Assert.Equal(("Check", "Contact1", "USD", "Scholarships", gift.ToString()), (
                donation["Payment_Method__c"], donation["Donation_Donor__c"], donation["CurrencyIsoCode"],
                donation["GiveBack_Fund__c"], donation["GiveBack_Record_Id__c"]));
            Assert.Equal(("-50.00", "Refunded"), (rows[2]["Donation_Amount__c"], rows[2]["Donation_Stage__c"]));
            Assert.Equal("", rows[0]["Donation_Amount__c"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("=")]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData("@")]
    [InlineData("\t")]
    [InlineData("\r")]
    public async Task A_name_that_a_spreadsheet_would_run_as_a_formula_is_written_as_text(string start)
    {
        var folder = Directory.CreateTempSubdirectory("giveback-csv-").FullName;
        try
        {
            await using var host = await PluginTestHost.StartAsync(
                ["CsvExport"], new Dictionary<string, string?> { ["Plugins:CsvExport:Folder"] = folder });
            var donor = Guid.NewGuid();
            await host.Events.DonorAsync(donor, start + "1+2", start + "Smith", start + "ada@example.org");
            var (_, gift) = await host.Events.GiftAsync(donor, 2_000);
            await host.Events.ReversalAsync(donor, gift);

            var rows = await Eventually.MatchesAsync(() => Task.FromResult(ReadRows(folder)), r => r.Count == 3, "three import rows");

            Assert.Equal("'" + start + "Smith", rows[1]["Contact1_Lastname__c"]);
            Assert.Equal("'" + start + "1+2", rows[1]["Contact1_Firstname__c"]);
            Assert.Equal("'" + start + "ada@example.org", rows[1]["Contact1_Personal_Email__c"]);
            Assert.StartsWith("'" + start + "Smith ", rows[1]["Donation_Name__c"], StringComparison.Ordinal);
            // A refund's amount is a number, not a formula: it keeps its minus.
            Assert.Equal("-20.00", rows[2]["Donation_Amount__c"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IReadOnlyList<Dictionary<string, string>> ReadRows(string folder) => CsvFile.ReadRows(folder, "npsp-import-*.csv");
}
