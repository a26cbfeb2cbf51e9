using System.Globalization;
using System.Net;
using System.Net.Sockets;
using GiveBack.Constituents.Imports;
using GiveBack.Server.Hosting;

namespace GiveBack.Server.Commands;

/// <summary>
/// <c>dotnet run --project src/GiveBack.Server -- import FILE --mapping NAME [--dry-run] [--date-locale LOCALE]</c>: imports a file through the
/// same service as the API and the workspace. It starts GiveBack in-process against the configured database (a node of
/// the cluster, with no public port of its own), queues the import, draws its progress until a worker has finished it,
/// and lists the rows that were not imported. Any other <c>--Key=value</c> is a setting, as for the server.
/// </summary>
public static class ImportCommand
{
    public const string Name = "import";

    public const string Usage =
        "usage: import FILE --mapping npsp|civicrm|raisers-edge|generic|SAVED-MAPPING [--dry-run] [--date-locale en-US|en-GB|fr-FR|…] [--Setting=value …]";

    /// <summary>At most this many row problems are printed; the rest are on the import's page and in the API.</summary>
    private const int PrintedProblems = 50;

    public static bool Matches(string[] args) => args is [Name, ..];

    /// <summary>0 when the import completed, 1 when it failed, 2 when the command line was wrong.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var (file, mapping, dryRun, dateLocale, settings) = Parse(args[1..]);
        if (file is null || mapping is null)
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        if (!File.Exists(file))
        {
            await output.WriteLineAsync($"No such file: {file}");
            return 2;
        }

        var app = GiveBackHost.Build([.. Defaults(settings), .. settings]);
        await app.StartAsync(cancellationToken);
        try
        {
            var imports = app.Services.GetRequiredService<ImportService>();
            var errors = await imports.CheckAsync(Path.GetFileName(file), new FileInfo(file).Length, mapping, dateLocale, cancellationToken);
            if (errors.Any)
            {
                await output.WriteLineAsync(string.Join(Environment.NewLine, errors.Messages));
                return 2;
            }

            Guid id;
            await using (var content = File.OpenRead(file))
            {
                id = await imports.StartAsync(new ImportRequest(Path.GetFileName(file), mapping, dryRun, Environment.UserName, dateLocale), content, cancellationToken);
            }

            await output.WriteLineAsync($"Import {id} queued ({mapping}{(dryRun ? ", dry run" : string.Empty)}).");
            var status = await FollowAsync(imports, id, output, app.Services.GetRequiredService<TimeProvider>(), cancellationToken);
            await ReportAsync(status, output);
            return status.Status == Constituents.Imports.Store.ImportStatuses.Completed ? 0 : 1;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
        }
    }

    private static async Task<ImportStatus> FollowAsync(ImportService imports, Guid id, TextWriter output, TimeProvider clock, CancellationToken cancellationToken)
    {
        while (true)
        {
            var status = await imports.StatusAsync(id, cancellationToken) ?? throw new InvalidOperationException($"Import {id} vanished.");
            await output.WriteAsync($"\r{ProgressBar.Of(status)}");
            if (status.Finished)
            {
                await output.WriteLineAsync();
                return status;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), clock, cancellationToken);
        }
    }

    private static async Task ReportAsync(ImportStatus status, TextWriter output)
    {
        if (status.Failure is { } failure)
        {
            await output.WriteLineAsync($"Failed: {failure}");
        }

        var errors = status.Errors ?? [];
        foreach (var problem in errors.Take(PrintedProblems))
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"row {problem.Row}, {problem.Column} '{problem.Value}': {problem.Message}"));
        }

        if (errors.Count > PrintedProblems)
        {
            await output.WriteLineAsync($"… and {errors.Count - PrintedProblems} more: GET /api/v1/imports/{status.Id}");
        }
    }

    private static (string? File, string? Mapping, bool DryRun, string? DateLocale, List<string> Settings) Parse(string[] args)
    {
        string? file = null;
        string? mapping = null;
        string? dateLocale = null;
        var dryRun = false;
        var settings = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--dry-run":
                    dryRun = true;
                    break;
                case "--mapping" when i + 1 < args.Length:
                    mapping = args[++i];
                    break;
                case var named when named.StartsWith("--mapping=", StringComparison.Ordinal):
                    mapping = named["--mapping=".Length..];
                    break;
                // The locale the file's dates and amounts are written in, over the mapping's: the API's dateLocale.
                case "--date-locale" when i + 1 < args.Length:
                    dateLocale = args[++i];
                    break;
                case var named when named.StartsWith("--date-locale=", StringComparison.Ordinal):
                    dateLocale = named["--date-locale=".Length..];
                    break;
                case var setting when setting.StartsWith("--", StringComparison.Ordinal):
                    settings.Add(setting);
                    break;
                default:
                    file ??= args[i];
                    break;
            }
        }

        return (file, mapping, dryRun, dateLocale, settings);
    }

    /// <summary>
    /// Quiet logs (the progress bar owns the terminal), no public port, and a silo port of its own, so the command runs
    /// beside a server on the same machine. The command line's own settings come after these and win.
    /// </summary>
    private static IEnumerable<string> Defaults(List<string> settings)
    {
        yield return "--urls=http://127.0.0.1:0";
        yield return "--Logging:LogLevel:Default=Warning";
        if (!settings.Any(s => s.StartsWith("--Cluster:SiloPort=", StringComparison.OrdinalIgnoreCase)))
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            yield return string.Create(CultureInfo.InvariantCulture, $"--Cluster:SiloPort={((IPEndPoint)probe.LocalEndpoint).Port}");
        }
    }
}
