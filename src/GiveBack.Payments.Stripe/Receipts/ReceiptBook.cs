using System.Globalization;
using GiveBack.Domain.Calendar;
using GiveBack.Domain.Institution;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Ledger.Gifts;
using GiveBack.Payments.Stripe.Data;
using GiveBack.Payments.Stripe.Receipts.Pdf;
using GiveBack.Plugins.Abstractions.Outreach;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GiveBack.Payments.Stripe.Receipts;

/// <summary>
/// Issues receipts from a gap-free sequence per fiscal year: the counter row is incremented in the same transaction
/// that inserts the receipt, so a number is either used or rolled back with it, and the counter's row lock orders
/// concurrent issuers. A gift gets one receipt however often it is asked for; a receipt is voided, never deleted.
/// </summary>
public sealed class ReceiptBook(
    IDbContextFactory<PaymentsDbContext> contexts,
    FiscalCalendar calendar,
    LedgerReader ledger,
    IGrainFactory grains,
    ReceiptFonts fonts,
    IInstitutionName institution,
    IOptionsMonitor<ReceiptIssuerOptions> issuer,
    TimeProvider clock) : IReceipts
{
    /// <summary>Every receipt issued for the payment's gifts, voided ones included, oldest first.</summary>
    public async Task<IReadOnlyList<ReceiptRecord>> OfPaymentAsync(string paymentKey, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Receipts.AsNoTracking()
            .Where(r => r.PaymentKey == paymentKey)
            .OrderBy(r => r.IssuedAt).ThenBy(r => r.Sequence)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// In one transaction: issues the receipt of <paramref name="giftId"/> (when there is one to issue) and voids
    /// <paramref name="voiding"/>, each marked as replaced by the new number. When another processor did the same
    /// meanwhile (the gift has its receipt, or a receipt is voided already) it all rolls back, so no number is spent.
    /// </summary>
    public async Task ReissueAsync(
        string paymentKey, Guid? giftId, DateOnly receivedOn, IReadOnlyList<ReceiptRecord> voiding, string voidReason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(voiding);
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        string? number = null;
        if (giftId is { } id)
        {
            number = await InsertAsync(db, id, receivedOn, paymentKey, voiding.Count > 0 ? voiding[^1].Number : null, now, cancellationToken);
            if (number is null)
            {
                await transaction.RollbackAsync(cancellationToken);
                return;
            }
        }

        var voidedIds = voiding.Select(r => r.GiftId).ToList();
        var voided = voidedIds.Count == 0 ? 0 : await db.Receipts
            .Where(r => voidedIds.Contains(r.GiftId) && r.VoidedAt == null)
            .ExecuteUpdateAsync(
                r => r.SetProperty(x => x.VoidedAt, now).SetProperty(x => x.VoidReason, voidReason).SetProperty(x => x.ReplacedBy, number),
                cancellationToken);
        if (voided != voidedIds.Count)
        {
            await transaction.RollbackAsync(cancellationToken);
            return;
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// The receipt of an offline gift (no payment behind it): issued from the fiscal year's sequence the first time,
    /// the same receipt every later time.
    /// </summary>
    public async Task<ReceiptRecord> IssueAsync(Guid giftId, DateOnly receivedOn, CancellationToken cancellationToken = default)
    {
        if (await FindRecordAsync(giftId, cancellationToken) is { } issued)
        {
            return issued;
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await InsertAsync(db, giftId, receivedOn, paymentKey: null, replaces: null, clock.GetUtcNow(), cancellationToken) is null)
            {
                // Issued meanwhile by another run: its number stands, and this one is not spent.
                await transaction.RollbackAsync(cancellationToken);
            }
            else
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }

        return (await FindRecordAsync(giftId, cancellationToken))!;
    }

    /// <summary>Voids the gift's receipt, when it has one still valid, for <paramref name="reason"/>; nothing replaces it.</summary>
    public async Task<bool> VoidAsync(Guid giftId, string reason, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Receipts
            .Where(r => r.GiftId == giftId && r.VoidedAt == null)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.VoidedAt, clock.GetUtcNow()).SetProperty(x => x.VoidReason, reason), cancellationToken) > 0;
    }

    /// <summary>Records that the receipt reached the donor (a channel accepted its thank-you or replacement); the first time wins.</summary>
    public async Task MarkThankedAsync(Guid giftId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Receipts.Where(r => r.GiftId == giftId && r.ThankedAt == null)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.ThankedAt, clock.GetUtcNow()), cancellationToken);
    }

    public async Task<ReceiptView?> FindAsync(Guid giftId, CancellationToken cancellationToken = default) =>
        await FindRecordAsync(giftId, cancellationToken) is { } r
            ? new ReceiptView(
                r.GiftId, r.FiscalYear, r.Sequence, r.Number, r.IssuedAt, r.ThankedAt,
                r.VoidedAt is null ? ReceiptView.Issued : ReceiptView.Voided, r.VoidedAt, r.VoidReason, r.ReplacedBy, r.Replaces)
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
        return ReceiptDocument.Render(receipt, gift, donor?.Profile, ReceiptIssuer.From(institution.Current, issuer.CurrentValue), fonts);
    }

    /// <summary>The gift's receipt as a PDF attachment, for the messages that carry it.</summary>
    public async Task<OutreachAttachment> AttachmentAsync(Guid giftId, CancellationToken cancellationToken = default)
    {
        var receipt = await FindRecordAsync(giftId, cancellationToken);
        var pdf = receipt is null ? null : await RenderPdfAsync(giftId, cancellationToken);
        if (receipt is null || pdf is null)
        {
            // Issued before any message about it was queued, so this is a fault to retry, never a message without its receipt.
            throw new InvalidOperationException($"Gift {giftId} has no receipt to attach.");
        }

        return new OutreachAttachment($"receipt-{receipt.Number}.pdf", "application/pdf", pdf);
    }

    /// <summary>Takes the fiscal year's next number and inserts the receipt; null when the gift has one already.</summary>
    private async Task<string?> InsertAsync(
        PaymentsDbContext db, Guid giftId, DateOnly receivedOn, string? paymentKey, string? replaces, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var fiscalYear = calendar.FiscalYearOf(receivedOn);
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
            INSERT INTO receipts (gift_id, fiscal_year, sequence, number, issued_at, payment_key, replaces)
            VALUES ({giftId}, {fiscalYear}, {sequence[0]}, {number}, {now}, {paymentKey}, {replaces})
            ON CONFLICT (gift_id) DO NOTHING
            """,
            cancellationToken);
        return inserted == 0 ? null : number;
    }

    private async Task<ReceiptRecord?> FindRecordAsync(Guid giftId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Receipts.AsNoTracking().SingleOrDefaultAsync(r => r.GiftId == giftId, cancellationToken);
    }
}
