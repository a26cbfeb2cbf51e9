namespace GiveBack.FaultHarness;

/// <summary>
/// The run's knobs: <c>--scenario all|name[,name…]</c>, <c>--callers N</c> (concurrent gift callers, default 8),
/// <c>--donors N</c> (per scenario, default 50), <c>--seed N</c>, <c>--server DLL</c> (default the Release build).
/// </summary>
internal sealed record HarnessSettings(string[] Scenarios, int Callers, int Donors, int MaxGifts, int Seed, string ServerDll, string AdminKey)
{
    public static HarnessSettings Parse(string[] args, string repository)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected '--name value', got '{args[i]}'.");
            }

            values[args[i][2..]] = args[++i];
        }

        int Int(string name, int fallback) =>
            values.TryGetValue(name, out var v) ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;

        var server = values.GetValueOrDefault("server")
            ?? Path.Combine(repository, "src", "GiveBack.Server", "bin", "Release", "net10.0", "GiveBack.Server.dll");
        if (!File.Exists(server))
        {
            throw new ArgumentException($"{server} does not exist: build the server first (dotnet build GiveBack.sln -c Release).");
        }

        var scenarios = (values.GetValueOrDefault("scenario") ?? "all").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // A fresh key each run: nothing secret is written down, and a stray host from an earlier run cannot be called.
        var key = "gbk_fault_" + Guid.NewGuid().ToString("N");
        return new HarnessSettings(scenarios, Int("callers", 8), Int("donors", 50), MaxGifts: 50_000, Int("seed", 14), server, key);
    }
}
