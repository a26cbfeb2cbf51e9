using GiveBack.Payments.Stripe.Data;
using GiveBack.Payments.Stripe.Gateway;
using GiveBack.Payments.Stripe.Processing;
using Microsoft.EntityFrameworkCore;
using Stripe;

namespace GiveBack.Payments.Stripe.Recurring;

/// <summary>
/// Keeps <c>recurring_gifts</c> in step with Stripe subscriptions. Each sync fetches the subscription as it is now, so
/// subscription events in any order converge on Stripe's current state.
/// </summary>
public sealed class RecurringGiftBook(
    IStripeClient stripe, IDbContextFactory<PaymentsDbContext> contexts, DonorMatcher donors, GivingPageConsent consent, TimeProvider clock)
{
    /// <summary>The recurring gift for a subscription, created on first sight; null when it is not a GiveBack gift.</summary>
    public async Task<RecurringGiftRecord?> SyncAsync(string subscriptionId, CancellationToken cancellationToken = default)
    {
        var subscription = await new SubscriptionService(stripe).GetAsync(subscriptionId, cancellationToken: cancellationToken);
        return await SyncAsync(subscription, cancellationToken);
    }

    public async Task<RecurringGiftRecord?> SyncAsync(Subscription subscription, CancellationToken cancellationToken = default)
    {
        var metadata = subscription.Metadata;
        if (CheckoutMetadata.Campaign(metadata) is not { } campaignId)
        {
            return null;
        }

        var existing = await FindAsync(subscription.Id, cancellationToken);
        var item = subscription.Items?.Data.FirstOrDefault();
        var amount = (item?.Price?.UnitAmount ?? 0) * (item?.Quantity ?? 1);
        var live = subscription.Status is "active" or "past_due" or "trialing" or "incomplete";
        DateOnly? next = live && !subscription.CancelAtPeriodEnd && item is not null
            ? DateOnly.FromDateTime(item.CurrentPeriodEnd.ToUniversalTime())
            : null;
        DateTimeOffset? canceledAt = subscription.Status == "canceled"
            ? new DateTimeOffset(DateTime.SpecifyKind(subscription.CanceledAt ?? subscription.EndedAt ?? clock.GetUtcNow().UtcDateTime, DateTimeKind.Utc))
            : null;
        var now = clock.GetUtcNow();
        var currency = (subscription.Currency ?? item?.Price?.Currency ?? string.Empty).ToUpperInvariant();

        Guid? donorId = existing?.DonorId;
        int? classYear = existing?.ClassYear;
        if (donorId is null)
        {
            var donor = await donors.ResolveAsync(
                new PayerDetails(
                    subscription.CustomerId,
                    CheckoutMetadata.Text(metadata, CheckoutMetadata.Email),
                    CheckoutMetadata.Text(metadata, CheckoutMetadata.FirstName),
                    CheckoutMetadata.Text(metadata, CheckoutMetadata.LastName),
                    null,
                    CheckoutMetadata.Number(metadata, CheckoutMetadata.ClassYear),
                    CheckoutMetadata.Text(metadata, CheckoutMetadata.Locale)),
                cancellationToken);
            donorId = donor.Id;
            classYear = donor.Profile.ClassYear;
            await consent.RecordAsync(donor.Id, metadata, subscription.Id, cancellationToken);
        }

        var id = existing?.Id ?? Guid.CreateVersion7(now);
        var fund = CheckoutMetadata.Text(metadata, CheckoutMetadata.Fund);
        var tributeType = CheckoutMetadata.Text(metadata, CheckoutMetadata.TributeType);
        var tributeName = CheckoutMetadata.Text(metadata, CheckoutMetadata.TributeName);
        var anonymous = CheckoutMetadata.Flag(metadata, CheckoutMetadata.Anonymous);
        var locale = CheckoutMetadata.Text(metadata, CheckoutMetadata.Locale);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO recurring_gifts (id, subscription_id, customer_id, donor_id, campaign_id, amount, currency, status,
                    cancel_at_period_end, next_charge_on, fund, tribute_type, tribute_name, anonymous, class_year, locale,
                    created_at, updated_at, canceled_at)
                VALUES ({id}, {subscription.Id}, {subscription.CustomerId}, {donorId}, {campaignId}, {amount}, {currency},
                    {subscription.Status}, {subscription.CancelAtPeriodEnd}, {next}, {fund}, {tributeType}, {tributeName},
                    {anonymous}, {classYear}, {locale}, {now}, {now}, {canceledAt})
                ON CONFLICT (subscription_id) DO UPDATE SET
                    customer_id = EXCLUDED.customer_id, amount = EXCLUDED.amount, currency = EXCLUDED.currency,
                    status = EXCLUDED.status, cancel_at_period_end = EXCLUDED.cancel_at_period_end,
                    next_charge_on = EXCLUDED.next_charge_on, updated_at = EXCLUDED.updated_at,
                    canceled_at = COALESCE(recurring_gifts.canceled_at, EXCLUDED.canceled_at),
                    donor_id = COALESCE(recurring_gifts.donor_id, EXCLUDED.donor_id)
                """,
                cancellationToken);
        }

        return await FindAsync(subscription.Id, cancellationToken);
    }

    /// <summary>
    /// Records one invoice's outcome; recording the same invoice and outcome again changes nothing, so the first
    /// booking's campaign and flag stand. A paid charge names the campaign its gift was booked to.
    /// </summary>
    public async Task RecordChargeAsync(
        Guid recurringGiftId, string invoiceId, string outcome, long amount, Guid? giftId, string? message,
        Guid? campaignId = null, bool needsAttention = false, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO recurring_gift_charges (invoice_id, outcome, recurring_gift_id, amount, gift_id, at, message, campaign_id, needs_attention)
            VALUES ({invoiceId}, {outcome}, {recurringGiftId}, {amount}, {giftId}, {clock.GetUtcNow()}, {message}, {campaignId}, {needsAttention})
            ON CONFLICT (invoice_id, outcome) DO NOTHING
            """,
            cancellationToken);
    }

    private async Task<RecurringGiftRecord?> FindAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.RecurringGifts.AsNoTracking().SingleOrDefaultAsync(r => r.SubscriptionId == subscriptionId, cancellationToken);
    }
}
