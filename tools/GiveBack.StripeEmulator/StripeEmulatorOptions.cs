namespace GiveBack.StripeEmulator;

/// <summary>Settings of the emulator; bound from the <c>StripeEmulator</c> section and a few environment variables.</summary>
public sealed class StripeEmulatorOptions
{
    public const string SectionName = "StripeEmulator";

    /// <summary>Environment variable naming the webhook endpoint(s); several may be separated by ';' or ','.</summary>
    public const string WebhookUrlVariable = "STRIPE_EMULATOR_WEBHOOK_URL";

    /// <summary>Environment variable holding the webhook signing secret (the same one the product verifies with).</summary>
    public const string WebhookSecretVariable = "STRIPE_WEBHOOK_SECRET";

    /// <summary>Environment variable naming the URL(s) the standalone program listens on.</summary>
    public const string UrlsVariable = "STRIPE_EMULATOR_URLS";

    public const string DefaultUrl = "http://127.0.0.1:12111";

    /// <summary>Endpoints every event is delivered to.</summary>
    public IList<string> WebhookUrls { get; init; } = [];

    /// <summary>Signing secret for the <c>Stripe-Signature</c> header (<c>whsec_...</c>).</summary>
    public string WebhookSecret { get; set; } = "whsec_emulator";

    /// <summary>Delay before the first retry; each further retry doubles it.</summary>
    public TimeSpan WebhookRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between two attempts; the doubling stops there (as Stripe's own retries level off).</summary>
    public TimeSpan WebhookRetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Attempts per delivery, the first included.</summary>
    public int WebhookMaxAttempts { get; set; } = 5;

    /// <summary>How long one delivery attempt may take before it counts as failed.</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Percentage part of the processing fee (2.9 means 2.9%).</summary>
    public decimal FeePercent { get; set; } = 2.9m;

    /// <summary>Fixed part of the processing fee, in minor units.</summary>
    public long FeeFixed { get; set; } = 30;

    /// <summary>Fee withdrawn when a dispute is lost, in minor units.</summary>
    public long DisputeFee { get; set; } = 1500;

    /// <summary>Base URL used in hosted page links; when empty the request's own scheme and host are used.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Email the hosted checkout page uses when the session names neither a customer nor an email.</summary>
    public string DefaultCustomerEmail { get; set; } = "donor@example.com";
}
