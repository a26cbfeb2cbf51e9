using GiveBack.Grains.Abstractions.Payments;
using GiveBack.Payments.Stripe.Data;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Payments.Stripe.Processing;

/// <summary>Keeps <c>stripe_payments</c> in step with each payment grain: the ids around a gift and where it stands.</summary>
public sealed class PaymentRecords(IDbContextFactory<PaymentsDbContext> contexts, TimeProvider clock)
{
    public async Task SaveAsync(PaymentView view, PaymentLinks links, CancellationToken cancellationToken = default)
    {
        var status = view.Status.ToString();
        var currency = view.Currency ?? string.Empty;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO stripe_payments (key, payment_intent_id, charge_id, balance_transaction_id, recurring_gift_id, gift_id,
                                         status, amount, fee, net, currency, note, updated_at)
            VALUES ({view.Key}, {links.PaymentIntentId}, {links.ChargeId}, {links.BalanceTransactionId}, {links.RecurringGiftId},
                    {view.GiftId}, {status}, {view.Amount}, {links.Fee}, {links.Net}, {currency}, {view.Note}, {clock.GetUtcNow()})
            ON CONFLICT (key) DO UPDATE SET
                payment_intent_id = COALESCE(EXCLUDED.payment_intent_id, stripe_payments.payment_intent_id),
                charge_id = COALESCE(EXCLUDED.charge_id, stripe_payments.charge_id),
                balance_transaction_id = COALESCE(EXCLUDED.balance_transaction_id, stripe_payments.balance_transaction_id),
                recurring_gift_id = COALESCE(EXCLUDED.recurring_gift_id, stripe_payments.recurring_gift_id),
                gift_id = COALESCE(EXCLUDED.gift_id, stripe_payments.gift_id),
                status = EXCLUDED.status, amount = EXCLUDED.amount,
                fee = COALESCE(EXCLUDED.fee, stripe_payments.fee), net = COALESCE(EXCLUDED.net, stripe_payments.net),
                currency = EXCLUDED.currency, note = EXCLUDED.note, updated_at = EXCLUDED.updated_at
            """,
            cancellationToken);
    }

    /// <summary>The payment key (an invoice id) whose charge went through this PaymentIntent, if GiveBack booked it.</summary>
    public async Task<string?> KeyOfPaymentIntentAsync(string paymentIntentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Payments.AsNoTracking()
            .Where(p => p.PaymentIntentId == paymentIntentId)
            .Select(p => p.Key)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PaymentRecord>> ForGiftsAsync(IReadOnlyCollection<Guid> giftIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Payments.AsNoTracking().Where(p => p.GiftId != null && giftIds.Contains(p.GiftId.Value)).ToListAsync(cancellationToken);
    }
}
