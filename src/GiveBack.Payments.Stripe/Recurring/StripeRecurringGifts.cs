using GiveBack.Payments.Stripe.Gateway;
using GiveBack.Payments.Stripe.Data;
using Microsoft.EntityFrameworkCore;
using Stripe;

namespace GiveBack.Payments.Stripe.Recurring;

/// <summary>
/// Monthly gifts for staff and donors. Cancelling or changing goes through Stripe (no refund, no chargeback: past
/// charges stay, future ones stop or change), then the row is synced from the subscription Stripe returns.
/// </summary>
public sealed class StripeRecurringGifts(
    IStripeClient stripe, IDbContextFactory<PaymentsDbContext> contexts, RecurringGiftBook book) : IRecurringGifts
{
    public async Task<RecurringGiftPage> ListAsync(
        string? status, int offset, int limit, bool needsAttention = false, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.RecurringGifts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(status))
        {
            query = query.Where(r => r.Status == status);
        }

        if (needsAttention)
        {
            query = query.Where(r => db.RecurringCharges
                .Where(c => c.RecurringGiftId == r.Id && c.Outcome == "paid")
                .OrderByDescending(c => c.At)
                .Select(c => c.NeedsAttention)
                .FirstOrDefault());
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(r => r.CreatedAt).Skip(offset).Take(limit).ToListAsync(cancellationToken);
        return new RecurringGiftPage(await SummariesAsync(db, rows, cancellationToken), total, offset, limit);
    }

    public async Task<IReadOnlyList<RecurringGiftView>> OfDonorAsync(Guid donorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.RecurringGifts.AsNoTracking().Where(r => r.DonorId == donorId)
            .OrderByDescending(r => r.CreatedAt).ToListAsync(cancellationToken);
        return await SummariesAsync(db, rows, cancellationToken);
    }

    public async Task<RecurringGiftView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.RecurringGifts.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var charges = await db.RecurringCharges.AsNoTracking().Where(c => c.RecurringGiftId == id).ToListAsync(cancellationToken);
        return View(row, charges, withCharges: true);
    }

    public async Task<RecurringGiftView?> CancelAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(id, cancellationToken);
        if (current is null || current.Status == "canceled")
        {
            return current;
        }

        var subscription = await StripeCalls.RunAsync(() =>
            new SubscriptionService(stripe).CancelAsync(current.SubscriptionId, cancellationToken: cancellationToken));
        await book.SyncAsync(subscription, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    public async Task<RecurringGiftView?> ChangeAmountAsync(Guid id, long amount, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(id, cancellationToken);
        if (current is null || current.Status == "canceled")
        {
            return current;
        }

        var updated = await StripeCalls.RunAsync(() => ChangeSubscriptionAmountAsync(current.SubscriptionId, amount, cancellationToken));
        await book.SyncAsync(updated, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    private async Task<Subscription> ChangeSubscriptionAmountAsync(string subscriptionId, long amount, CancellationToken cancellationToken)
    {
        var service = new SubscriptionService(stripe);
        var subscription = await service.GetAsync(subscriptionId, cancellationToken: cancellationToken);
        var item = subscription.Items.Data[0];
        return await service.UpdateAsync(
            subscription.Id,
            new SubscriptionUpdateOptions
            {
                ProrationBehavior = "none",
                Items =
                [
                    new SubscriptionItemOptions
                    {
                        Id = item.Id,
                        PriceData = new SubscriptionItemPriceDataOptions
                        {
                            Currency = item.Price.Currency,
                            Product = item.Price.ProductId,
                            UnitAmount = amount,
                            Recurring = new SubscriptionItemPriceDataRecurringOptions { Interval = item.Price.Recurring?.Interval ?? "month" },
                        },
                    },
                ],
            },
            cancellationToken: cancellationToken);
    }

    /// <summary>The rows as listed: their charges counted (one query for all of them), not listed.</summary>
    private static async Task<List<RecurringGiftView>> SummariesAsync(
        PaymentsDbContext db, List<RecurringGiftRecord> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var charges = (await db.RecurringCharges.AsNoTracking().Where(c => ids.Contains(c.RecurringGiftId)).ToListAsync(cancellationToken))
            .ToLookup(c => c.RecurringGiftId);
        return [.. rows.Select(r => View(r, charges[r.Id], withCharges: false))];
    }

    private static RecurringGiftView View(RecurringGiftRecord row, IEnumerable<RecurringChargeRecord> charges, bool withCharges)
    {
        var list = charges.OrderBy(c => c.At).ToList();
        var lastFailure = list.LastOrDefault(c => c.Outcome == "failed");
        var lastPaid = list.LastOrDefault(c => c.Outcome == "paid");
        return new RecurringGiftView(
            row.Id, row.SubscriptionId, row.CustomerId, row.DonorId, row.CampaignId, row.Amount, row.Currency, row.Status,
            row.CancelAtPeriodEnd, row.NextChargeOn,
            list.Count(c => c.Outcome == "paid"),
            list.Count(c => c.Outcome == "failed"),
            lastFailure?.Message,
            row.CreatedAt,
            row.CanceledAt,
            lastPaid?.NeedsAttention ?? false,
            withCharges ? [.. list.Select(c => new RecurringCharge(c.InvoiceId, c.Outcome, c.Amount, c.GiftId, c.At, c.Message, c.CampaignId, c.NeedsAttention))] : []);
    }
}
