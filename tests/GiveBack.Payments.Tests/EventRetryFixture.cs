using GiveBack.Payments.Stripe.Webhooks;

namespace GiveBack.Payments.Tests;

/// <summary>
/// The online-giving host with Stripe events retried on a schedule of milliseconds (so a test can watch an event fail
/// more than twelve times, and then for its whole window, in seconds) and a closed-campaign fallback configured.
/// </summary>
public sealed class EventRetryFixture : OnlineGivingFixture
{
    public const string FallbackSlug = "general-fund-fallback";

    public static readonly EventRetrySchedule Schedule = new(TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(400));

    protected override void Configure(IDictionary<string, string?> settings)
    {
        settings["Stripe:RetryBaseDelay"] = "00:00:00.010";
        settings["Stripe:RetryMaxDelay"] = "00:00:00.020";
        settings["Stripe:RetryWindow"] = "00:00:00.400";
        settings["Stripe:ProcessorPollInterval"] = "00:00:00.050";
        settings["Payments:ClosedCampaignFallback"] = FallbackSlug;
    }
}
