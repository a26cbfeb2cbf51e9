using GiveBack.Testing;
using Stripe;

namespace GiveBack.StripeEmulator.Tests;

/// <summary>A fresh emulator and webhook receiver per test, and the real Stripe.net client pointed at the emulator.</summary>
public abstract class EmulatorTestBase : IAsyncLifetime
{
    protected const string Secret = "whsec_test_emulator_secret";

    protected RunningStripeEmulator Emulator { get; private set; } = null!;

    protected WebhookReceiver Receiver { get; private set; } = null!;

    protected StripeClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Receiver = await WebhookReceiver.StartAsync(Secret);
        Emulator = await StripeEmulatorServer.StartAsync(new StripeEmulatorOptions
        {
            WebhookUrls = [Receiver.Url],
            WebhookSecret = Secret,
            WebhookRetryBaseDelay = TimeSpan.FromMilliseconds(100),
            WebhookMaxAttempts = 4,
        });
        Client = new StripeClient(new StripeClientOptions { ApiKey = "sk_test_emulator", ApiBase = Emulator.BaseUrl });
    }

    public async Task DisposeAsync()
    {
        await Emulator.DisposeAsync();
        await Receiver.DisposeAsync();
    }

    protected Task<IReadOnlyList<Event>> EventsAsync(string type, int count) =>
        Eventually.MatchesAsync(
            () => Task.FromResult(Receiver.OfType(type)),
            events => events.Count >= count,
            $"{count} verified {type} event(s) at the receiver");

    /// <summary>A one-time donation session, as GiveBack's giving page creates it.</summary>
    protected async Task<Stripe.Checkout.Session> CreatePaymentSessionAsync(long amount, string? customerEmail = "ada@example.org")
    {
        var sessions = new Stripe.Checkout.SessionService(Client);
        return await sessions.CreateAsync(new Stripe.Checkout.SessionCreateOptions
        {
            Mode = "payment",
            CustomerEmail = customerEmail,
            ClientReferenceId = "gift-123",
            SuccessUrl = "https://giveback.example/thanks?session_id={CHECKOUT_SESSION_ID}",
            CancelUrl = "https://giveback.example/give",
            Locale = "en",
            Metadata = new Dictionary<string, string> { ["campaign"] = "giving-day" },
            PaymentIntentData = new Stripe.Checkout.SessionPaymentIntentDataOptions
            {
                Metadata = new Dictionary<string, string> { ["gift_id"] = "gift-123" },
            },
            LineItems =
            [
                new Stripe.Checkout.SessionLineItemOptions
                {
                    Quantity = 1,
                    PriceData = new Stripe.Checkout.SessionLineItemPriceDataOptions
                    {
                        Currency = "usd",
                        UnitAmount = amount,
                        ProductData = new Stripe.Checkout.SessionLineItemPriceDataProductDataOptions { Name = "Annual Fund gift" },
                    },
                },
            ],
        });
    }

    /// <summary>A monthly gift session.</summary>
    protected async Task<Stripe.Checkout.Session> CreateSubscriptionSessionAsync(long amount)
    {
        var sessions = new Stripe.Checkout.SessionService(Client);
        return await sessions.CreateAsync(new Stripe.Checkout.SessionCreateOptions
        {
            Mode = "subscription",
            CustomerEmail = "grace@example.org",
            SuccessUrl = "https://giveback.example/thanks?session_id={CHECKOUT_SESSION_ID}",
            CancelUrl = "https://giveback.example/give",
            SubscriptionData = new Stripe.Checkout.SessionSubscriptionDataOptions
            {
                Metadata = new Dictionary<string, string> { ["recurring_gift_id"] = "rg-7" },
            },
            LineItems =
            [
                new Stripe.Checkout.SessionLineItemOptions
                {
                    Quantity = 1,
                    PriceData = new Stripe.Checkout.SessionLineItemPriceDataOptions
                    {
                        Currency = "usd",
                        UnitAmount = amount,
                        Recurring = new Stripe.Checkout.SessionLineItemPriceDataRecurringOptions { Interval = "month" },
                        ProductData = new Stripe.Checkout.SessionLineItemPriceDataProductDataOptions { Name = "Monthly gift" },
                    },
                },
            ],
        });
    }
}
