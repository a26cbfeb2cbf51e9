using System.Globalization;

namespace GiveBack.Reports.Benchmarks;

/// <summary>
/// <c>--donors N --gifts M --db "conn"</c>, plus <c>--reuse</c> (time the data already there), <c>--years</c> of history,
/// <c>--runs</c> for the warm median, <c>--reversal-rate</c>, <c>--seed</c>, <c>--indexes</c> (add the proposed ledger indexes),
/// <c>--rebuild</c> (rebuild the rollups even with <c>--reuse</c>) and <c>--write-cost N</c> (after the reports, time N
/// single-row gifts per round with and without the rollup trigger).
/// </summary>
internal sealed record BenchmarkArguments(
    int Donors, int Gifts, string Database, bool Reuse, int Years, int Runs, double ReversalRate, int Seed, bool Indexes,
    bool Rebuild, int WriteCost)
{
    public static BenchmarkArguments Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            }

            if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                values[args[i][2..]] = args[++i];
            }
            else
            {
                flags.Add(args[i][2..]);
            }
        }

        int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

        return new BenchmarkArguments(
            Donors: Int("donors", 100_000),
            Gifts: Int("gifts", 1_000_000),
            Database: values.GetValueOrDefault("db")
                ?? Environment.GetEnvironmentVariable("GIVEBACK_BENCH_DB")
                ?? throw new ArgumentException("--db \"Host=...;Database=...\" is required (the database is created if missing)."),
            Reuse: flags.Contains("reuse"),
            Years: Int("years", 12),
            Runs: Int("runs", 5),
            ReversalRate: values.TryGetValue("reversal-rate", out var r) ? double.Parse(r, CultureInfo.InvariantCulture) : 0.01,
            Seed: Int("seed", 42),
            Indexes: flags.Contains("indexes"),
            Rebuild: flags.Contains("rebuild"),
            WriteCost: Int("write-cost", 0));
    }
}
