using System.Globalization;
using GiveBack.Domain.Money;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Grains.Abstractions.Payments;
using GiveBack.Ledger.Gifts;
using GiveBack.Ledger.Outreach;
using GiveBack.Payments.Stripe.Data;

namespace GiveBack.Payments.Stripe.Receipts;

/// <summary>
/// Keeps a payment's receipts on what stands of it: the standing gift has the one valid receipt; a receipt whose gift
/// was reversed (a refund, a lost dispute) is voided, and a new number is issued for what stands, if anything does.
/// The donor hears of it once: the thank-you for the standing gift if they never had an earlier receipt (an unsent
/// thank-you for a voided receipt is withdrawn), else the replacement receipt naming the one it voids. Every step is
/// derived from the receipts and messages as they are, so a retried or replayed event repeats nothing.
/// </summary>
public sealed class PaymentReceipts(
    ReceiptBook book, LedgerReader ledger, IGrainFactory grains, IOutreachOutbox outreach, IMonthlyGiftLinks monthlyLinks)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <remarks>
    /// The message is written in <paramref name="locale"/>'s language (the giving page's) when there is one, else in the
    /// donor's. A month of a monthly gift (<paramref name="recurringGiftId"/>) carries a fresh self-service link, so the
    /// donor always holds one that works although each expires after 30 days.
    /// </remarks>
    public async Task ConvergeAsync(
        PaymentView payment, PaymentSettlement settlement, string? locale, Guid? recurringGiftId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payment);
        ArgumentNullException.ThrowIfNull(settlement);
        var receipts = await book.OfPaymentAsync(payment.Key, cancellationToken);
        var standing = payment.StandingGiftId;
        var stale = receipts.Where(r => r.VoidedAt is null && r.GiftId != standing).ToList();
        var toIssue = standing is { } giftId && receipts.All(r => r.GiftId != giftId) ? standing : null;
        if (stale.Count > 0 || toIssue is not null)
        {
            await book.ReissueAsync(payment.Key, toIssue, settlement.ReceivedOn, stale, VoidReason(payment), cancellationToken);
            receipts = await book.OfPaymentAsync(payment.Key, cancellationToken);
        }

        var held = await WithdrawUnsentAsync(receipts, cancellationToken);
        if (receipts.FirstOrDefault(r => r.GiftId == standing && r.VoidedAt is null) is { ThankedAt: null } current)
        {
            await TellAsync(current, held, settlement.DonorId, locale, recurringGiftId, cancellationToken);
        }
    }

    /// <summary>
    /// Takes back every unsent message about a voided receipt and answers the newest voided receipt the donor may hold
    /// (its message was sent, or is being sent now).
    /// </summary>
    private async Task<ReceiptRecord?> WithdrawUnsentAsync(IReadOnlyList<ReceiptRecord> receipts, CancellationToken cancellationToken)
    {
        ReceiptRecord? held = null;
        foreach (var voided in receipts.Where(r => r.VoidedAt is not null).Reverse())
        {
            var reason = $"receipt {voided.Number} was voided: {voided.VoidReason}";
            var reference = voided.GiftId.ToString();
            var thanked = await outreach.WithdrawUnsentAsync(ThankYouOutreach.Kind, reference, reason, cancellationToken);
            var replaced = await outreach.WithdrawUnsentAsync(ReplacementReceiptOutreach.Kind, reference, reason, cancellationToken);
            held ??= thanked || replaced ? voided : null;
        }

        return held;
    }

    private async Task TellAsync(
        ReceiptRecord receipt, ReceiptRecord? held, Guid donorId, string? locale, Guid? recurringGiftId, CancellationToken cancellationToken)
    {
        if (await ledger.FindAsync(receipt.GiftId, cancellationToken) is not { } gift)
        {
            return;
        }

        var campaign = (await grains.GetGrain<ICampaignGrain>(gift.CampaignId).GetDefinitionAsync())?.Name ?? string.Empty;
        var language = locale is null ? null : DonorLanguages.Of(locale);
        await outreach.TryQueueAsync(
            held is null
                ? ThankYouOutreach.Request(gift, donorId, receipt.Number, campaign, language, recurringGiftId is { } monthly ? monthlyLinks.Create(monthly) : null)
                : ReplacementReceiptOutreach.Request(gift, donorId, receipt.Number, held.Number, campaign, language),
            cancellationToken);
    }

    private static string VoidReason(PaymentView payment)
    {
        var currency = payment.Currency ?? string.Empty;
        return payment.Status switch
        {
            PaymentStatus.DisputeLost => "Dispute lost",
            PaymentStatus.PartiallyRefunded => $"Partially refunded: {Format(payment.AmountRefunded, currency)} of {Format(payment.Amount, currency)} returned",
            _ => "Refunded",
        };
    }

    private static string Format(long amount, string currency) => new Money(amount, currency).Format(English);
}
