using System.Globalization;

namespace GiveBack.Micro.Benchmarks;

/// <summary>
/// This program's own options, taken out of the command line before BenchmarkDotNet sees the rest:
/// <c>--db &lt;connection string&gt;</c> (the grain benchmarks' database), <c>--increments [N]</c> (the in-silo run,
/// N facts, 100,000 by default) and <c>--window N</c> (calls in flight during it, 1,000 by default).
/// </summary>
internal sealed record BenchmarkArguments(string? Database, int? Increments, int Window, string[] Rest)
{
    public const int DefaultIncrements = 100_000;
    public const int DefaultWindow = 1_000;

    public static BenchmarkArguments Parse(string[] args)
    {
        string? database = null;
        int? increments = null;
        var window = DefaultWindow;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--db":
                    database = args[++i];
                    break;
                case "--increments":
                    increments = DefaultIncrements;
                    if (i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                    {
                        increments = Math.Max(1, count);
                        i++;
                    }

                    break;
                case "--window":
                    window = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        return new BenchmarkArguments(database, increments, window, [.. rest]);
    }
}
