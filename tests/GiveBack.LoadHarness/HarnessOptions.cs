using System.Globalization;
using System.Net;

namespace GiveBack.LoadHarness;

/// <summary>
/// <c>--url http://127.0.0.1:PORT --key KEY --donors N --gifts M --concurrency C [--campaigns K] [--warmup W]
/// [--retries R] [--seed S] [--max-minutes T] [--giving-day-rate G]</c>, plus the phased run (<c>--hold-seconds</c>,
/// <c>--ramp-steps</c>, <c>--ramp-step-seconds</c>, <c>--spike-seconds</c>, <c>--spike-factor</c>), the ceilings
/// (<c>--ceiling-seconds</c>, <c>--ceiling-connections</c>), the ledger check (<c>--db</c>), <c>--plot</c>,
/// <c>--poison-every</c>, <c>--key-reuses</c> and the webhook mode (<c>--mode webhooks --emulator-url --webhook-secret
/// --events</c>). Without <c>--hold-seconds</c> the run is count-based: a warm-up of W gifts, then M measured gifts.
/// The positional members are what the fault harness sets; the rest keep their defaults unless given.
/// </summary>
public sealed record HarnessOptions(
    Uri BaseUrl, string ApiKey, int Donors, int Gifts, int Concurrency, int Campaigns, int Warmup, int Retries, int Seed, TimeSpan MaxDuration, double GivingDayRate)
{
    /// <summary><c>gifts</c> (POST /api/v1/gifts) or <c>webhooks</c> (signed Stripe events to POST /webhooks/stripe).</summary>
    public string Mode { get; init; } = "gifts";

    /// <summary>Seconds of steady load at <see cref="Concurrency"/>; 0 keeps the count-based run.</summary>
    public int HoldSeconds { get; init; }

    /// <summary>Steps before the hold, the k-th at Concurrency·k/(steps+1) callers.</summary>
    public int RampSteps { get; init; } = 4;

    public int RampStepSeconds { get; init; } = 5;

    /// <summary>Seconds of burst after the hold at <see cref="SpikeFactor"/> times its callers; 0 for none.</summary>
    public int SpikeSeconds { get; init; } = 5;

    public int SpikeFactor { get; init; } = 4;

    /// <summary>Seconds each ceiling (trivial endpoint, raw inserts) is driven; 0 measures none.</summary>
    public int CeilingSeconds { get; init; } = 10;

    public int CeilingConnections { get; init; } = 64;

    /// <summary>The product's database (an Npgsql connection string): the ledger check and the database ceilings.</summary>
    public string? Database { get; init; }

    public string? PlotPath { get; init; }

    /// <summary>Every Nth planned gift gets +13 minor units, which a test trigger refuses; 0 for none.</summary>
    public int PoisonEvery { get; init; }

    /// <summary>Booked gifts re-sent with their key and another body: each must be refused 422.</summary>
    public int KeyReuses { get; init; } = 100;

    public Uri? EmulatorUrl { get; init; }

    public string? WebhookSecret { get; init; }

    public int Events { get; init; } = 5_000;

    /// <summary>The callers of the busiest phase: the client keeps one connection for each.</summary>
    public int PeakConcurrency => HoldSeconds > 0 && SpikeSeconds > 0 ? Concurrency * SpikeFactor : Concurrency;

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

        var url = Loopback(values.GetValueOrDefault("url") ?? throw new ArgumentException("--url http://127.0.0.1:PORT is required."), "--url");
        var key = values.GetValueOrDefault("key")
            ?? Environment.GetEnvironmentVariable("GIVEBACK_ADMIN_API_KEY")
            ?? throw new ArgumentException("--key (an admin or gift-officer API key) is required.");
        var gifts = Int("gifts", 20_000, 1, 5_000_000);
        var mode = values.GetValueOrDefault("mode") ?? "gifts";
        if (mode is not ("gifts" or "webhooks"))
        {
            throw new ArgumentException("--mode must be gifts or webhooks.");
        }

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
            GivingDayRate: values.TryGetValue("giving-day-rate", out var rate) ? Rate(rate) : 0)
        {
            Mode = mode,
            HoldSeconds = Int("hold-seconds", 0, 0, 3_600),
            RampSteps = Int("ramp-steps", 4, 0, 20),
            RampStepSeconds = Int("ramp-step-seconds", 5, 1, 600),
            SpikeSeconds = Int("spike-seconds", 5, 0, 600),
            SpikeFactor = Int("spike-factor", 4, 1, 16),
            CeilingSeconds = Int("ceiling-seconds", 10, 0, 600),
            CeilingConnections = Int("ceiling-connections", 64, 1, 256),
            Database = values.GetValueOrDefault("db"),
            PlotPath = values.GetValueOrDefault("plot"),
            PoisonEvery = Int("poison-every", 0, 0, int.MaxValue),
            KeyReuses = Int("key-reuses", 100, 0, 100_000),
            EmulatorUrl = values.TryGetValue("emulator-url", out var emulator) ? Loopback(emulator, "--emulator-url") : null,
            WebhookSecret = values.GetValueOrDefault("webhook-secret") ?? Environment.GetEnvironmentVariable("STRIPE_WEBHOOK_SECRET"),
            Events = Int("events", 5_000, 1, 5_000_000),
        };
    }

    // The harness is a load generator: it only ever talks to this machine.
    private static Uri Loopback(string value, string option)
    {
        var url = new Uri(value);
        return IPAddress.TryParse(url.Host, out var address) && IPAddress.IsLoopback(address)
            ? url
            : throw new ArgumentException($"{option} must be a loopback address such as http://127.0.0.1:5099.");
    }

    private static double Rate(string value)
    {
        var rate = double.Parse(value, CultureInfo.InvariantCulture);
        return rate is > 0 and <= 100_000 ? rate : throw new ArgumentException("--giving-day-rate must be above 0 and at most 100000 gifts a second.");
    }
}
