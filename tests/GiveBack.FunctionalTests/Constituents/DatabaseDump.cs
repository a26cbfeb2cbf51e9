using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace GiveBack.FunctionalTests.Constituents;

/// <summary>
/// The test database as <c>pg_dump --data-only</c> writes it, with every <c>bytea</c> value (Orleans grain state is
/// binary) decoded back to text, so one search covers the tables, the outbox and the grains.
/// </summary>
public static partial class DatabaseDump
{
    public static async Task<string> DataAsync(string connectionString)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(PgDump())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--data-only", "--no-owner", "-h", connection.Host!, "-p", connection.Port.ToString(CultureInfo.InvariantCulture),
                     "-U", connection.Username!, "-d", connection.Database!,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        if (connection.Password is { } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"pg_dump failed: {await error}");
        return DecodeBinary(await output);
    }

    /// <summary>pg_dump writes bytea as <c>\x</c> and hex digits; appends each value's bytes read as UTF-8.</summary>
    private static string DecodeBinary(string dump)
    {
        var text = new StringBuilder(dump);
        foreach (Match match in HexValue().Matches(dump))
        {
            text.Append('\n').Append(Encoding.UTF8.GetString(Convert.FromHexString(match.Groups[1].Value)));
        }

        return text.ToString();
    }

    /// <summary>pg_dump of the server's major version, found as deploy/scripts/postgres.sh finds PostgreSQL's binaries.</summary>
    private static string PgDump() =>
        Directory.GetDirectories("/usr/lib/postgresql")
            .Select(d => Path.Combine(d, "bin", "pg_dump"))
            .Where(File.Exists)
            .OrderBy(p => int.Parse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p)))!, CultureInfo.InvariantCulture))
            .Last();

    [GeneratedRegex(@"\\{1,2}x((?:[0-9a-f]{2})+)")]
    private static partial Regex HexValue();
}
