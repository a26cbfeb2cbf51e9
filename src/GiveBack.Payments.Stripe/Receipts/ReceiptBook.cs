using System.Globalization;
using GiveBack.Domain.Calendar;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Grains.Payments;
using GiveBack.Ledger.Gifts;
using GiveBack.Ledger.Outreach;
using GiveBack.Payments.Stripe.Data;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Payments.Stripe.Receipts;

/// <summary>
/// Issues receipts from a gap-free sequence per fiscal year: the counter row is incremented in the same transaction
/// that inserts the receipt, so a number is either used or rolled back with it, and the counter's row lock orders
/// concurrent issuers. A gift gets one receipt however often it is asked for.
/// </summary>
public sealed class ReceiptBook(
    IDbContextFactory<PaymentsDbContext> contexts,
    FiscalCalendar calendar,
    LedgerReader ledger,
    IGrainFactory grains,
    OutreachOutbox outreach,
    IMonthlyGiftLinks monthlyLinks,
    TimeProvider clock) : IReceipts
{
    /// <summary>
    /// Issues the gift's receipt and queues its thank-you (with the receipt attached when it is sent). Run again for the
    /// same gift — a replayed webhook, a retried event — it issues nothing and queues nothing new. The thank-you is written
    /// in <paramref name="locale"/>'s language (the giving page's) when there is one, else in the donor's. A month of a
    /// monthly gift (<paramref name="recurringGiftId"/>) carries a fresh self-service link, so the donor always holds
    /// one that works although each expires after 30 days.
    /// </summary>
    public async Task IssueAndThankAsync(
        Guid giftId, Guid donorId, DateOnly receivedOn, string? locale, Guid? recurringGiftId = null, CancellationToken cancellationToken = default)
    {
        var receipt = await IssueAsync(giftId, receivedOn, cancellationToken);
        var gift = receipt.ThankedAt is null ? await ledger.FindAsync(giftId, cancellationToken) : null;
        if (gift is null)
        {
            return;
        }

        var campaign = await grains.GetGrain<ICampaignGrain>(gift.CampaignId).GetDefinitionAsync();
        await outreach.TryQueueAsync(
            ThankYouOutreach.Request(
                gift, donorId, receipt.Number, campaign?.Name ?? string.Empty, locale is null ? null : DonorLanguages.Of(locale),
                recurringGiftId is { } monthly ? monthlyLinks.Create(monthly) : null),
            cancellationToken);
    }

    /// <summary>Records that the gift's thank-you reached the donor (a channel accepted it); the first time wins.</summary>
    public async Task MarkThankedAsync(Guid giftId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Receipts.Where(r => r.GiftId == giftId && r.ThankedAt == null)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.ThankedAt, clock.GetUtcNow()), cancellationToken);
    }

    public async Task<ReceiptRecord> IssueAsync(Guid giftId, DateOnly receivedOn, CancellationToken cancellationToken = default)
    {
        if (await FindRecordAsync(giftId, cancellationToken) is { } existing)
        {
            return existing;
        }

        var fiscalYear = calendar.FiscalYearOf(receivedOn);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sequence = await db.Database
            .SqlQuery<long>($"""
                INSERT INTO receipt_counters (fiscal_year, last_sequence) VALUES ({fiscalYear}, 1)
                ON CONFLICT (fiscal_year) DO UPDATE SET last_sequence = receipt_counters.last_sequence + 1
                RETURNING last_sequence AS "Value"
                """)
            .ToListAsync(cancellationToken);
        var number = string.Create(CultureInfo.InvariantCulture, $"{fiscalYear}-{sequence[0]:D6}");
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO receipts (gift_id, fiscal_year, sequence, number, issued_at)
            VALUES ({giftId}, {fiscalYear}, {sequence[0]}, {number}, {clock.GetUtcNow()})
            ON CONFLICT (gift_id) DO NOTHING
            """,
            cancellationToken);
        if (inserted == 0)
        {
            // Issued concurrently by another processor: give the number back so the sequence keeps no gap.
            await transaction.RollbackAsync(cancellationToken);
            return (await FindRecordAsync(giftId, cancellationToken))!;
        }

        await transaction.CommitAsync(cancellationToken);
        return (await FindRecordAsync(giftId, cancellationToken))!;
    }

    public async Task<ReceiptView?> FindAsync(Guid giftId, CancellationToken cancellationToken = default) =>
        await FindRecordAsync(giftId, cancellationToken) is { } r
            ? new ReceiptView(r.GiftId, r.FiscalYear, r.Sequence, r.Number, r.IssuedAt, r.ThankedAt)
            : null;

    public async Task<byte[]?> RenderPdfAsync(Guid giftId, CancellationToken cancellationToken = default)
    {
        var receipt = await FindRecordAsync(giftId, cancellationToken);
        var gift = receipt is null ? null : await ledger.FindAsync(giftId, cancellationToken);
        if (receipt is null || gift is null)
        {
            return null;
        }

        var donor = await grains.GetGrain<IDonorGrain>(gift.DonorId).GetAsync();
        return ReceiptDocument.Render(receipt, gift, donor?.Profile);
    }

    private async Task<ReceiptRecord?> FindRecordAsync(Guid giftId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Receipts.AsNoTracking().SingleOrDefaultAsync(r => r.GiftId == giftId, cancellationToken);
    }
}
