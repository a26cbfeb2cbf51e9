using GiveBack.Ledger.Gifts;
using GiveBack.Ledger.Outreach;
using GiveBack.Plugins.Abstractions.Outreach;

namespace GiveBack.Payments.Stripe.Receipts;

/// <summary>
/// The thank-you for a gift, one per gift (its reference is the gift id): queued with the receipt's figures, sent with
/// the receipt PDF attached, and the receipt marked thanked only once a channel accepted it.
/// </summary>
public sealed class ThankYouOutreach(ReceiptBook receipts) : IOutreachKindHandler
{
    public const string Kind = "thank-you";

    /// <summary>The thank-you request; for a month of a monthly gift, <paramref name="manageLink"/> is a fresh self-service link (<c>manage_link</c> in the templates).</summary>
    public static OutreachRequest Request(
        LedgerEntry gift, Guid donorId, string receiptNumber, string campaignName, string? language, string? manageLink = null)
    {
        ArgumentNullException.ThrowIfNull(gift);
        var values = new OutreachValues()
            .Money("amount", gift.Amount, gift.Currency)
            .Text("campaign", campaignName)
            .Text("receipt_number", receiptNumber)
            .Date("received_on", gift.ReceivedOn);
        if (manageLink is not null)
        {
            values.Text("manage_link", manageLink);
        }

        return new OutreachRequest(Kind, gift.Id.ToString(), donorId, MessageKind.ThankYou, values, language);
    }

    public bool Owns(string kind) => kind == Kind;

    public async Task<IReadOnlyList<OutreachAttachment>> AttachmentsAsync(QueuedMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var giftId = Guid.Parse(message.Reference);
        var receipt = await receipts.FindAsync(giftId, cancellationToken);
        var pdf = receipt is null ? null : await receipts.RenderPdfAsync(giftId, cancellationToken);
        if (receipt is null || pdf is null)
        {
            // Issued before the thank-you was queued, so this is a fault to retry, never a thank-you without its receipt.
            throw new InvalidOperationException($"Gift {giftId} has no receipt to attach.");
        }

        return [new OutreachAttachment($"receipt-{receipt.Number}.pdf", "application/pdf", pdf)];
    }

    public Task OnSentAsync(QueuedMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return receipts.MarkThankedAsync(Guid.Parse(message.Reference), cancellationToken);
    }
}
