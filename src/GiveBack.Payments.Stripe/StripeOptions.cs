using System.ComponentModel.DataAnnotations;

namespace GiveBack.Payments.Stripe;

/// <summary>
/// How GiveBack reaches Stripe. The secrets come from <c>STRIPE_SECRET_KEY</c> and <c>STRIPE_WEBHOOK_SECRET</c> (or
/// <c>Stripe:SecretKey</c> / <c>Stripe:WebhookSecret</c>) and never from appsettings.json in the repository.
/// </summary>
public sealed class StripeOptions
{
    public const string SectionName = "Stripe";
    public const string SecretKeyVariable = "STRIPE_SECRET_KEY";
    public const string WebhookSecretVariable = "STRIPE_WEBHOOK_SECRET";

    /// <summary>Stripe's secret API key (<c>sk_test_...</c> / <c>sk_live_...</c>); without it online giving is off.</summary>
    public string? SecretKey { get; set; }

    /// <summary>The endpoint's signing secret (<c>whsec_...</c>), from the Dashboard or <c>stripe listen</c>.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Where the API is; empty means Stripe itself. The keyless demo and the tests point it at the emulator.</summary>
    public string? ApiBase { get; set; }

    /// <summary>How old a signed webhook may be; Stripe's own libraries use five minutes, which also bounds replays.</summary>
    [Range(10, 3600)]
    public int WebhookToleranceSeconds { get; set; } = 300;

    /// <summary>Largest webhook body accepted; Stripe events are a few kilobytes, the largest well under 256 KB.</summary>
    [Range(16 * 1024, 4 * 1024 * 1024)]
    public long MaxWebhookBytes { get; set; } = 512 * 1024;

    /// <summary>How often stored events not yet processed are looked at, besides the nudge each new event gives.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan ProcessorPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Events a host handles side by side. One at a time, a host booked about 20 gifts a second from webhooks (each
    /// event waits on Stripe's objects, its queries and its ledger commit); side by side, their gifts share the
    /// ledger's group commits. 1 handles them one after another.
    /// </summary>
    [Range(1, 256)]
    public int ProcessorEventsInFlight { get; set; } = 32;

    /// <summary>Delay before the second attempt at an event that failed; each further failure doubles it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(0.5);

    /// <summary>The longest delay between two attempts at one event (the backoff's cap).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long an event that keeps failing is retried before it is parked for an operator: by default Stripe's own
    /// three days of retries, so an outage that Stripe would have outlasted never loses a payment GiveBack said 2xx to.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "30.00:00:00")]
    public TimeSpan RetryWindow { get; set; } = TimeSpan.FromDays(3);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(SecretKey);
}
