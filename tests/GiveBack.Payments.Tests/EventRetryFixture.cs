using System.Net;
using System.Text.Json;
using GiveBack.Giving.Endpoints.Campaigns;
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

    /// <summary>
    /// Pays a one-time gift with webhook delivery paused and returns its <c>payment_intent.succeeded</c> event, for the
    /// test to post itself (the paused deliveries go out when the test resumes them; they are duplicates by then).
    /// </summary>
    public async Task<(string Id, string Raw)> PayWithHeldEventsAsync(CampaignResponse campaign, long amount)
    {
        var checkout = await CheckoutAsync(campaign, amount);
        await Emulator.Control.PauseDeliveryAsync();
        await Emulator.Control.CompleteCheckoutAsync(checkout.SessionId);
        var intentId = (await new global::Stripe.Checkout.SessionService(Stripe).GetAsync(checkout.SessionId)).PaymentIntentId;
        var raw = (await RawEventsAsync("payment_intent.succeeded"))
            .Single(e => e.GetProperty("data").GetProperty("object").GetProperty("id").GetString() == intentId);
        return (raw.GetProperty("id").GetString()!, raw.GetRawText());
    }

    /// <summary>
    /// Posts the event while every call to Stripe's payment intents fails, and waits until it is parked after its
    /// window; Stripe answers again afterwards, so a replay can book it.
    /// </summary>
    public async Task<JsonElement> ParkAsync(string eventId, string raw)
    {
        await Emulator.Control.FailNextCallsAsync("/v1/payment_intents", count: 100_000);
        try
        {
            AssertStatus(await PostWebhookAsync(raw), HttpStatusCode.OK);
            return await PaymentEventAsync(eventId, "parked", "the event parked after its window");
        }
        finally
        {
            await Emulator.Control.FailNextCallsAsync("/v1/payment_intents", count: 0);
        }
    }
}
