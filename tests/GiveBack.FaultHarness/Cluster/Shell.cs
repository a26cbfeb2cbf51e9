using System.Diagnostics;

namespace GiveBack.FaultHarness.Cluster;

/// <summary>
/// Runs the repository's own shell functions (deploy/scripts/postgres.sh), so the harness finds, installs and starts
/// Debian's PostgreSQL exactly as ./test.sh and ./run.sh do instead of a second copy of that logic.
/// </summary>
internal static class Shell
{
    /// <summary>Sources postgres.sh, then runs <paramref name="script"/> with <paramref name="args"/> as $1, $2…; returns its stdout.</summary>
    public static async Task<string> PostgresAsync(string repository, string script, params string[] args)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("set -euo pipefail; . deploy/scripts/postgres.sh; " + script);
        start.ArgumentList.Add("fault-harness");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{script}' failed ({process.ExitCode}): {await error}");
        }

        return (await output).Trim();
    }

    /// <summary>The repository root: the first folder above the harness that holds GiveBack.sln.</summary>
    public static string Repository() => GiveBack.Testing.RepositoryRoot.Path;
}
