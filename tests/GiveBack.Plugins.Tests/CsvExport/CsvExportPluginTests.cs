using GiveBack.Plugins.Tests.Infrastructure;
using GiveBack.Testing;

namespace GiveBack.Plugins.Tests.CsvExport;

public sealed class CsvExportPluginTests
{
    private static readonly string[] NpspColumns =
    [
        "Contact1_First_Name", "Contact1_Last_Name", "Contact1_Personal_Email", "Donation_Amount", "Donation_Date",
        "Donation_Stage", "Donation_Record_Type_Name", "Campaign_Name",
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
            var gift = SampleEvents.Gift(donor, 5_000);
            await host.PublishAsync(SampleEvents.Donor(donor, "Ada", "Lovelace", "ada@example.org"));
            await host.PublishAsync(gift);
            await host.PublishAsync(SampleEvents.Stage(donor)); // not an NPSP import row: skipped
            await host.PublishAsync(SampleEvents.Reversal(donor, gift.GiftId));

            var rows = await Eventually.MatchesAsync(() => Task.FromResult(ReadRows(folder)), r => r.Count == 3, "three import rows");

            Assert.All(NpspColumns, c => Assert.True(rows[0].ContainsKey(c), $"missing column {c}"));
            var donation = rows[1];
            Assert.Equal(
                ("Ada", "Lovelace", "ada@example.org", "50.00", "2026-11-03", "Closed Won", "Donation", "Giving Day 2026"),
                (donation["Contact1_First_Name"], donation["Contact1_Last_Name"], donation["Contact1_Personal_Email"],
                 donation["Donation_Amount"], donation["Donation_Date"], donation["Donation_Stage"],
                 donation["Donation_Record_Type_Name"], donation["Campaign_Name"]));
            Assert.Equal(("-50.00", "Refunded"), (rows[2]["Donation_Amount"], rows[2]["Donation_Stage"]));
            Assert.Equal("", rows[0]["Donation_Amount"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<Dictionary<string, string>> ReadRows(string folder)
    {
        var file = Directory.GetFiles(folder, "npsp-import-*.csv").SingleOrDefault();
        if (file is null)
        {
            return [];
        }

        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second))];
    }
}
