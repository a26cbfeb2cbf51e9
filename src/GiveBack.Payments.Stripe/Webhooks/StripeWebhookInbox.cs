using System.Data.Common;
using System.Text.Json;
using GiveBack.Payments.Stripe.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stripe;

namespace GiveBack.Payments.Stripe.Webhooks;

/// <summary>
/// <c>POST /webhooks/stripe</c>'s work: verify the signature and its timestamp with Stripe.net's
/// <see cref="EventUtility"/>, store the raw event once by id, and nudge the processor. It never processes inline, so
/// the answer is fast and an event is either stored (2xx) or not (400 / 5xx, and Stripe sends it again).
/// </summary>
/// <remarks>
/// <c>api_version</c>: an event signed by Stripe is accepted and stored whatever version it was rendered in (the
/// signature, not the version, proves it is genuine, and refusing it would only make Stripe retry it for days). The
/// processor reads nothing but ids and the type from the payload and fetches the objects it needs through the
/// pinned client, so an endpoint configured with another version in the Dashboard still books correctly; the
/// version is kept on the row and a mismatch is logged.
/// </remarks>
public sealed partial class StripeWebhookInbox(
    IDbContextFactory<PaymentsDbContext> contexts,
    IOptions<StripeOptions> options,
    EventSignal signal,
    TimeProvider clock,
    ILogger<StripeWebhookInbox> logger) : IWebhookInbox
{
    public async Task<WebhookOutcome> ReceiveAsync(string payload, string? signatureHeader, CancellationToken cancellationToken = default)
    {
        var secret = options.Value.WebhookSecret;
        if (string.IsNullOrWhiteSpace(secret))
        {
            return new WebhookOutcome(WebhookStatus.NotConfigured, Message: "No webhook signing secret is configured (STRIPE_WEBHOOK_SECRET).");
        }

        if (string.IsNullOrWhiteSpace(signatureHeader))
        {
            return new WebhookOutcome(WebhookStatus.Rejected, Message: "The Stripe-Signature header is missing.");
        }

        try
        {
            EventUtility.ValidateSignature(payload, signatureHeader, secret, options.Value.WebhookToleranceSeconds);
        }
        catch (StripeException exception)
        {
            LogRejected(logger, exception.Message);
            return new WebhookOutcome(WebhookStatus.Rejected, Message: exception.Message);
        }

        if (Envelope.TryRead(payload) is not { } envelope)
        {
            return new WebhookOutcome(WebhookStatus.Rejected, Message: "The body is not a Stripe event.");
        }

        if (envelope.ApiVersion != StripeConfiguration.ApiVersion)
        {
            LogVersionMismatch(logger, envelope.Id, envelope.ApiVersion ?? "(none)", StripeConfiguration.ApiVersion);
        }

        try
        {
            var stored = await StoreAsync(envelope, payload, cancellationToken);
            if (stored)
            {
                signal.Notify();
            }

            return new WebhookOutcome(stored ? WebhookStatus.Stored : WebhookStatus.Duplicate, envelope.Id);
        }
        catch (Exception exception) when (exception is DbException or TimeoutException or DbUpdateException
            or InvalidOperationException { InnerException: DbException or TimeoutException })
        {
            LogUnavailable(logger, exception, envelope.Id);
            return new WebhookOutcome(WebhookStatus.Unavailable, envelope.Id, "The event could not be stored; it will be accepted when Stripe retries.");
        }
    }

    private async Task<bool> StoreAsync(Envelope envelope, string payload, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO stripe_events (id, type, api_version, livemode, payload, received_at, next_attempt_at, attempts)
            VALUES ({envelope.Id}, {envelope.Type}, {envelope.ApiVersion}, {envelope.Livemode}, {payload}, {now}, {now}, 0)
            ON CONFLICT (id) DO NOTHING
            """,
            cancellationToken);
        return inserted == 1;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe webhook refused: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe event {EventId} was rendered in API version {Version}; GiveBack is pinned to {Pinned}. It is stored and processed by id; set the endpoint's version to the pinned one in the Dashboard.")]
    private static partial void LogVersionMismatch(ILogger logger, string eventId, string version, string pinned);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stripe event {EventId} could not be stored; answering 503 so Stripe retries it.")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, string eventId);

    private sealed record Envelope(string Id, string Type, string? ApiVersion, bool Livemode)
    {
        public static Envelope? TryRead(string payload)
        {
            try
            {
                using var document = JsonDocument.Parse(payload);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object
                    || !root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
                    || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
                    || (root.TryGetProperty("object", out var kind) && kind.GetString() != "event"))
                {
                    return null;
                }

                var version = root.TryGetProperty("api_version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                var livemode = root.TryGetProperty("livemode", out var l) && l.ValueKind == JsonValueKind.True;
                var eventId = id.GetString()!;
                return eventId.Length is > 0 and <= 255 ? new Envelope(eventId, type.GetString()!, version, livemode) : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
