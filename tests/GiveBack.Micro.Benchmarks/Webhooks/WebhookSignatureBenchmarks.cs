using BenchmarkDotNet.Attributes;
using GiveBack.Payments.Stripe;
using GiveBack.StripeEmulator.Webhooks;
using Stripe;

namespace GiveBack.Micro.Benchmarks.Webhooks;

/// <summary>
/// The check every <c>POST /webhooks/stripe</c> passes before anything is stored: the <c>Stripe-Signature</c> header
/// verified against the raw body with the signing secret and the product's timestamp tolerance, by the call the
/// inbox makes (Stripe.net's <see cref="EventUtility.ValidateSignature(string, string, string, long)"/>). The body is
/// a <c>checkout.session.completed</c> event built from Stripe's fixtures.
/// </summary>
[MemoryDiagnoser]
public class WebhookSignatureBenchmarks
{
    private const string Secret = "whsec_micro_benchmark_only";

    private readonly long _tolerance = new StripeOptions().WebhookToleranceSeconds;
    private string _payload = null!;
    private string _header = null!;

    [GlobalSetup]
    public void Setup()
    {
        _payload = StripeFixtures.Event(EventTypes.CheckoutSessionCompleted, "checkout.session", StripeConfiguration.ApiVersion);
        _header = WebhookSigner.Header(_payload, Secret, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        // A check that refused the sample would time the exception path instead.
        EventUtility.ValidateSignature(_payload, _header, Secret, _tolerance);
    }

    [Benchmark]
    public void ValidSignature() => EventUtility.ValidateSignature(_payload, _header, Secret, _tolerance);
}
