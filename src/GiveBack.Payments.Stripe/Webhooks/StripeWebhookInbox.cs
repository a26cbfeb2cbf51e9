using System.Data.Common;
using System.Text.Json;
using GiveBack.Domain.Batching;
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
    private const int MaxEvents = 256;
    private const int StatementsInFlight = 4;

    private readonly GroupCommitter<ReceivedEvent, bool> _store =
        new(batch => StoreManyAsync(contexts, batch), MaxEvents, StatementsInFlight);

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

    /// <summary>
    /// Stores the event; true when it is new. Events that arrive together are stored together, one statement for what
    /// arrived while the previous one was being written (<see cref="GroupCommitter{TItem, TResult}"/>): each request is
    /// answered once the statement holding its event has committed, so a 2xx still means the event is durable.
    /// </summary>
    private Task<bool> StoreAsync(Envelope envelope, string payload, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return _store.SubmitAsync(new ReceivedEvent(envelope, payload, clock.GetUtcNow()));
    }

    /// <remarks>
    /// An event id twice in one statement (Stripe sending it again at once) is stored once: the first to ask gets
    /// <c>true</c>, the other is a duplicate, as it would have been a moment later. A statement that fails fails its
    /// requests (503): Stripe sends each again.
    /// </remarks>
    private static async Task StoreManyAsync(
        IDbContextFactory<PaymentsDbContext> contexts, IReadOnlyList<Submission<ReceivedEvent, bool>> batch)
    {
        var events = batch.Select(s => s.Item).ToArray();
        var ids = events.Select(e => e.Envelope.Id).ToArray();
        var types = events.Select(e => e.Envelope.Type).ToArray();
        var versions = events.Select(e => e.Envelope.ApiVersion).ToArray();
        var livemodes = events.Select(e => e.Envelope.Livemode).ToArray();
        var payloads = events.Select(e => e.Payload).ToArray();
        var received = events.Select(e => e.ReceivedAt.ToUniversalTime()).ToArray();
        await using var db = await contexts.CreateDbContextAsync();
        var stored = (await db.Database.SqlQuery<string>(
            $"""
            INSERT INTO stripe_events (id, type, api_version, livemode, payload, received_at, next_attempt_at, attempts)
            SELECT e.id, e.type, e.api_version, e.livemode, e.payload, e.received_at, e.received_at, 0
            FROM unnest({ids}, {types}, {versions}::text[], {livemodes}, {payloads}, {received})
                AS e(id, type, api_version, livemode, payload, received_at)
            ON CONFLICT (id) DO NOTHING
            RETURNING id AS "Value"
            """).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        foreach (var submission in batch)
        {
            submission.Complete(stored.Remove(submission.Item.Envelope.Id));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe webhook refused: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe event {EventId} was rendered in API version {Version}; GiveBack is pinned to {Pinned}. It is stored and processed by id; set the endpoint's version to the pinned one in the Dashboard.")]
    private static partial void LogVersionMismatch(ILogger logger, string eventId, string version, string pinned);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stripe event {EventId} could not be stored; answering 503 so Stripe retries it.")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, string eventId);

    private sealed record ReceivedEvent(Envelope Envelope, string Payload, DateTimeOffset ReceivedAt);

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
