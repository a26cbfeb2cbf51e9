using System.Globalization;
using System.Text.Json.Nodes;
using GiveBack.StripeEmulator.Control;
using Stripe;
using Stripe.Checkout;

namespace GiveBack.LoadHarness.Webhooks;

/// <summary>
/// Before the clock: as many one-time gifts as events are wanted, each a Checkout Session created in the emulator the
/// way the giving page creates it (GiveBack's metadata on the session and its PaymentIntent) and paid through the
/// emulator's controls. The emulator delivers no webhook itself (started without a webhook URL); its own
/// <c>payment_intent.succeeded</c> events, taken from its store as they are, are what the harness then signs and posts.
/// </summary>
internal static class OnlinePayments
{
    public static async Task<PaidCheckout[]> PrepareAsync(HarnessOptions options, Guid campaignId, string runId, TextWriter log, CancellationToken stop)
    {
        var emulator = options.EmulatorUrl!;
        var stripe = new StripeClient(new StripeClientOptions { ApiKey = "sk_test_emulator", ApiBase = emulator.ToString().TrimEnd('/') });
        using var control = new StripeEmulatorControl(emulator);
        var sessions = new SessionService(stripe);
        var inv = CultureInfo.InvariantCulture;
        var paid = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Events), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = stop }, async (i, ct) =>
        {
            var amount = 500L * (1 + (i % 200));
            var payer = i % options.Donors;
            // The keys of the product's CheckoutMetadata: the wire contract between the giving page and the webhook.
            var metadata = new Dictionary<string, string>
            {
                ["giveback_campaign_id"] = campaignId.ToString(),
                ["giveback_gift_amount"] = amount.ToString(inv),
                ["giveback_fee_covered"] = "false",
                ["giveback_anonymous"] = "false",
                ["giveback_first_name"] = "Online",
                ["giveback_last_name"] = string.Create(inv, $"Payer {payer}"),
                ["giveback_email"] = string.Create(inv, $"payer{payer}.{runId}@load.example"),
                ["giveback_locale"] = "en",
            };
            var session = await sessions.CreateAsync(new SessionCreateOptions
            {
                Mode = "payment",
                CustomerEmail = metadata["giveback_email"],
                CustomerCreation = "always",
                SubmitType = "donate",
                SuccessUrl = "http://127.0.0.1/thanks?session_id={CHECKOUT_SESSION_ID}",
                CancelUrl = "http://127.0.0.1/give",
                Locale = "en",
                Metadata = metadata,
                LineItems = [new SessionLineItemOptions { Quantity = 1, PriceData = new SessionLineItemPriceDataOptions { Currency = "eur", UnitAmount = amount, ProductData = new SessionLineItemPriceDataProductDataOptions { Name = "Load harness gift" } } }],
                PaymentIntentData = new SessionPaymentIntentDataOptions { Metadata = metadata, Description = "Load harness" },
            }, cancellationToken: ct);
            await control.CompleteCheckoutAsync(session.Id);
            if (Interlocked.Increment(ref paid) % 1000 == 0)
            {
                await log.WriteLineAsync(string.Create(inv, $"  {paid:N0} checkouts paid in the emulator"));
            }
        });

        var events = await control.GetObjectsAsync("event");
        var mine = events
            .Where(e => (string?)e["type"] == "payment_intent.succeeded")
            .Select(e => (Event: e, Intent: e["data"]?["object"] as JsonObject))
            .Where(e => (string?)e.Intent?["metadata"]?["giveback_campaign_id"] == campaignId.ToString())
            .Select(e => new PaidCheckout((string)e.Intent!["id"]!, (long)e.Intent["amount"]!, e.Event.ToJsonString()))
            .ToArray();
        await log.WriteLineAsync(string.Create(inv, $"  {mine.Length:N0} payment_intent.succeeded events taken from the emulator"));
        return mine;
    }
}
