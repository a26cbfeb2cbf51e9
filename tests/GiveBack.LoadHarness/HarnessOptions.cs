using System.Globalization;
using System.Net;

namespace GiveBack.LoadHarness;

/// <summary>
/// <c>--url http://127.0.0.1:PORT --key KEY --donors N --gifts M --concurrency C [--campaigns K] [--warmup W]
/// [--retries R] [--seed S] [--max-minutes T] [--giving-day-rate G]</c>. The warm-up gifts are booked (and checked) like
/// the others but left out of the throughput and latency figures. With <c>--giving-day-rate</c> the run is a giving day
/// instead (<see cref="GivingDayRun"/>): one campaign with a match and challenges open, gifts sent at G a second.
/// </summary>
internal sealed record HarnessOptions(
    Uri BaseUrl, string ApiKey, int Donors, int Gifts, int Concurrency, int Campaigns, int Warmup, int Retries, int Seed, TimeSpan MaxDuration, double GivingDayRate)
{
    public static HarnessOptions Parse(string[] args)
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

        int Int(string name, int fallback, int min, int max)
        {
            var value = values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
            return value >= min && value <= max ? value : throw new ArgumentException($"--{name} must be between {min} and {max}.");
        }

        var url = new Uri(values.GetValueOrDefault("url") ?? throw new ArgumentException("--url http://127.0.0.1:PORT is required."));

        // The harness is a load generator: it only ever talks to this machine.
        if (!IPAddress.TryParse(url.Host, out var address) || !IPAddress.IsLoopback(address))
        {
            throw new ArgumentException("--url must be a loopback address such as http://127.0.0.1:5099.");
        }

        var key = values.GetValueOrDefault("key")
            ?? Environment.GetEnvironmentVariable("GIVEBACK_ADMIN_API_KEY")
            ?? throw new ArgumentException("--key (an admin or gift-officer API key) is required.");
        var gifts = Int("gifts", 20_000, 1, 5_000_000);
        return new HarnessOptions(
            BaseUrl: url,
            ApiKey: key,
            Donors: Int("donors", 2_000, 1, 1_000_000),
            Gifts: gifts,
            Concurrency: Int("concurrency", 64, 1, 1_024),
            Campaigns: Int("campaigns", 1, 1, 1_000),
            Warmup: Int("warmup", Math.Min(2_000, Math.Max(100, gifts / 10)), 0, 1_000_000),
            Retries: Int("retries", 500, 0, 1_000_000),
            Seed: Int("seed", 42, 0, int.MaxValue),
            MaxDuration: TimeSpan.FromMinutes(Int("max-minutes", 30, 1, 240)),
            GivingDayRate: values.TryGetValue("giving-day-rate", out var rate) ? Rate(rate) : 0);
    }

    private static double Rate(string value)
    {
        var rate = double.Parse(value, CultureInfo.InvariantCulture);
        return rate is > 0 and <= 100_000 ? rate : throw new ArgumentException("--giving-day-rate must be above 0 and at most 100000 gifts a second.");
    }
}
