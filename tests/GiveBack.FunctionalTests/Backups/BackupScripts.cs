using System.Diagnostics;
using GiveBack.Testing;

namespace GiveBack.FunctionalTests.Backups;

/// <summary>Runs deploy/scripts/backup.sh and restore.sh as an operator would, against a given database.</summary>
internal static class BackupScripts
{
    public sealed record Run(int ExitCode, string Output, string Error);

    public static Task<Run> BackupAsync(string connectionString, string directory) =>
        RunAsync("backup.sh", connectionString, "--dir", directory, "--keep", "2");

    public static Task<Run> RestoreAsync(string connectionString, string dump, bool force = false) =>
        force ? RunAsync("restore.sh", connectionString, "--force", dump) : RunAsync("restore.sh", connectionString, dump);

    private static async Task<Run> RunAsync(string script, string connectionString, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "deploy", "scripts", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The product's own connection string, as a deployment hands it to both the hosts and the scripts.
        start.Environment["GIVEBACK_DB"] = connectionString;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Run(process.ExitCode, (await output).Trim(), (await error).Trim());
    }
}
