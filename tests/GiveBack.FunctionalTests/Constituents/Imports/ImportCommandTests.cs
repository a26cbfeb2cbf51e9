using System.Globalization;
using GiveBack.FunctionalTests.Support;
using GiveBack.Server.Commands;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Constituents.Imports;

/// <summary>
/// The command line (<c>import FILE --mapping NAME [--dry-run]</c>) as an administrator runs it beside the server: a
/// GiveBack host of its own on the same database queues the import, draws its progress to the end and lists the bad
/// rows; the dry run books nothing and the real run books the good rows.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class ImportCommandTests(ServerFixture fixture)
{
    [Fact]
    public async Task The_command_dry_runs_then_imports_a_generic_file_with_a_progress_bar()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var campaign = $"Command Import {tag}";
        var path = Path.Combine(Path.GetTempPath(), $"generic-{tag}.csv");
        await File.WriteAllTextAsync(path, string.Join('\n',
            "donor_key,first_name,last_name,email,class_year,gift_key,amount,currency,gift_date,campaign,method",
            $"d-{tag}-1,Rita,Console,rita.{tag}@example.org,2004,g-{tag}-1,250.00,EUR,2025-05-05,{campaign},cheque",
            $"d-{tag}-2,Sam,Console,sam.{tag}@example.org,,g-{tag}-2,19.99,EUR,2025-05-06,{campaign},card",
            $"d-{tag}-3,Tess,Console,tess.{tag}@example.org,2011,g-{tag}-3,12.5.0,EUR,2025-05-07,{campaign},cash",
            string.Empty));
        using var api = fixture.Server.CreateClient();
        try
        {
            var (dryExit, dryOutput) = await RunAsync(path, "--dry-run");
            Assert.True(dryExit == 0, dryOutput);
            Assert.True(dryOutput.Contains("dry run", StringComparison.Ordinal), dryOutput);
            Assert.True(dryOutput.Contains("100%  3 / 3 rows · 2 imported · 1 skipped · completed", StringComparison.Ordinal), dryOutput);
            Assert.True(dryOutput.Contains("row 4, amount '12.5.0'", StringComparison.Ordinal), dryOutput);
            Assert.Equal(0, (await ImportClient.RaisedAsync(api, [campaign]))[campaign]);

            var (exit, output) = await RunAsync(path);
            Assert.True(exit == 0, output);
            Assert.True(output.Contains("[##############################] 100%  3 / 3 rows · 2 imported · 1 skipped · completed", StringComparison.Ordinal), output);
            Assert.Equal(25_000 + 1_999, (await ImportClient.RaisedAsync(api, [campaign]))[campaign]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A file written in a French locale: day first, a comma before the cents, a space between thousands.</summary>
    [Fact]
    public async Task The_command_reads_dates_and_amounts_in_the_locale_it_is_given()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var campaign = $"Command Locale {tag}";
        var path = Path.Combine(Path.GetTempPath(), $"generic-fr-{tag}.csv");
        await File.WriteAllTextAsync(path, string.Join('\n',
            "donor_key,first_name,last_name,email,class_year,gift_key,amount,currency,gift_date,campaign,method",
            $"d-{tag}-1,Léa,Virgule,lea.{tag}@example.org,2004,g-{tag}-1,\"1 250,50\",EUR,25/05/2025,{campaign},cheque",
            string.Empty));
        using var api = fixture.Server.CreateClient();
        try
        {
            var (badExit, badOutput) = await RunAsync(path, "--date-locale", "xx-nowhere");
            Assert.True(badExit == 2, badOutput);
            Assert.True(badOutput.Contains("dateLocale is a specific culture", StringComparison.Ordinal), badOutput);

            var (exit, output) = await RunAsync(path, "--date-locale=fr-FR");
            Assert.True(exit == 0, output);
            Assert.True(output.Contains("1 imported · 0 skipped · completed", StringComparison.Ordinal), output);
            Assert.Equal(125_050, (await ImportClient.RaisedAsync(api, [campaign]))[campaign]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_command_without_a_mapping_prints_its_usage()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        Assert.Equal(2, await ImportCommand.RunAsync(["import", "gifts.csv"], output));
        Assert.StartsWith(ImportCommand.Usage, output.ToString(), StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Output)> RunAsync(string path, params string[] options)
    {
        var database = fixture.Server.Database;
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        string[] args =
        [
            "import", path, "--mapping", "generic", .. options,
            $"--ConnectionStrings:GiveBack={database.ConnectionString}",
            "--Cluster:ServiceId=giveback-test",
            $"--Cluster:ClusterId={database.Name}",
            $"--GIVEBACK_ADMIN_API_KEY={GiveBackServer.AdminKey}",
            $"--GIVEBACK_STAFF_EMAIL={GiveBackServer.StaffEmail}",
            $"--GIVEBACK_STAFF_PASSWORD={GiveBackServer.StaffPassword}",
            $"--{GiveBackServer.PublicBaseUrlKey}={fixture.Server.BaseAddress}",
        ];
        var exit = await ImportCommand.RunAsync(args, output);
        return (exit, output.ToString());
    }
}
