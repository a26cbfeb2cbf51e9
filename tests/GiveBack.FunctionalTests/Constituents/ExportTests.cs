using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using GiveBack.FunctionalTests.Plugins;
using GiveBack.Testing.Csv;

namespace GiveBack.FunctionalTests.Constituents;

/// <summary>
/// The institution leaves with everything: the export zip, read back, holds every file its README lists, with the rows
/// seeded through the API, and its CSV and JSON files agree value for value.
/// </summary>
public sealed partial class ExportTests(PluginSeamFixture fixture) : IClassFixture<PluginSeamFixture>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task The_export_zip_holds_every_file_of_its_readme_with_the_seeded_rows_and_its_csv_and_json_agree()
    {
        var seeded = await ExportSeed.SeedAsync(Client);

        using var response = await Client.GetAsync("/api/v1/exports");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        await using var body = await response.Content.ReadAsStreamAsync();
        var copy = new MemoryStream();
        await body.CopyToAsync(copy);
        using var zip = new ZipArchive(copy, ZipArchiveMode.Read);

        var readme = Read(zip, "README.md");
        var listed = ReadmeFiles().Matches(readme).ToDictionary(m => m.Groups[1].Value, m => long.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(
            listed.Keys.SelectMany(t => new[] { $"{t}.csv", $"{t}.json" }).Append("README.md").Order(StringComparer.Ordinal),
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        foreach (var table in new[] { "donors", "consents", "campaigns", "gifts", "pledges", "pledge_installments", "recurring_gifts", "receipts", "activities", "moves", "talent", "messages", "erasures", "audit", "campaign_challenges", "challenge_donors", "campaign_ambassadors", "giving_days" })
        {
            Assert.True(listed.ContainsKey(table), $"the export has no {table} file");
        }

        foreach (var (table, count) in listed)
        {
            var csv = CsvFile.Parse(Read(zip, $"{table}.csv"));
            var json = JsonDocument.Parse(Read(zip, $"{table}.json")).RootElement;
            Assert.Equal(count, csv.Count - 1);
            Assert.Equal(count, json.GetArrayLength());
            var header = csv[0];
            foreach (var (row, index) in json.EnumerateArray().Select((r, i) => (r, i)))
            {
                Assert.Equal(header, row.EnumerateObject().Select(p => p.Name).ToArray());
                Assert.Equal(csv[index + 1], row.EnumerateObject().Select(p => AsCsv(p.Value)).ToArray());
            }
        }

        Assert.Equal((2L, 1L, 4L, 1L, 1L, 1L), (listed["donors"], listed["campaigns"], listed["gifts"], listed["activities"], listed["talent"], listed["moves"]));
        var gifts = JsonDocument.Parse(Read(zip, "gifts.json")).RootElement.EnumerateArray().ToList();
        Assert.Equal(seeded.Raised, gifts.Sum(g => g.GetProperty("amount_minor").GetInt64()));
        Assert.Contains(gifts, g => g.GetProperty("kind").GetString() == "reversal" && g.GetProperty("amount_minor").GetInt64() == -2_500);
    }

    /// <summary>A JSON value as the CSV writes it (the house writer's formula guard included).</summary>
    private static string AsCsv(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.Null => "",
            JsonValueKind.String => value.GetString()!,
            _ => value.GetRawText(),
        };
        return CsvFile.Parse(GiveBack.Plugins.Abstractions.Csv.CsvWriter.Field(text) + "\r\n")[0][0];
    }

    private static string Read(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name);
        Assert.True(entry is not null, $"the export has no {name}");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^## ([a-z_]+)\.csv, [a-z_]+\.json\s+.*? Rows: (\d+)\.", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex ReadmeFiles();

}
