using GiveBack.Ledger.Gifts;
using GiveBack.Ledger.Outreach;
using GiveBack.Plugins.Abstractions.Outreach;

namespace GiveBack.Payments.Stripe.Receipts;

/// <summary>
/// The thank-you for a gift, one per gift (its reference is the gift id): queued with the receipt's figures, sent with
/// the receipt PDF attached, and the receipt marked thanked only once a channel accepted it. It handles the
/// <see cref="ReplacementReceiptOutreach"/> the same way: both carry the receipt of the gift they name.
/// </summary>
public sealed class ThankYouOutreach(ReceiptBook receipts) : IOutreachKindHandler
{
    public const string Kind = "thank-you";

    /// <summary>The thank-you request; for a month of a monthly gift, <paramref name="manageLink"/> is a fresh self-service link (<c>manage_link</c> in the templates).</summary>
    public static OutreachRequest Request(
        LedgerEntry gift, Guid donorId, string receiptNumber, string campaignName, string? language, string? manageLink = null)
    {
        ArgumentNullException.ThrowIfNull(gift);
        var values = ReceiptValues(gift, receiptNumber, campaignName);
        if (manageLink is not null)
        {
            values.Text("manage_link", manageLink);
        }

        return new OutreachRequest(Kind, gift.Id.ToString(), donorId, MessageKind.ThankYou, values, language);
    }

    /// <summary>What a message about a gift's receipt says: the amount, the campaign, the receipt number, the date.</summary>
    internal static OutreachValues ReceiptValues(LedgerEntry gift, string receiptNumber, string campaignName) =>
        new OutreachValues()
            .Money("amount", gift.Amount, gift.Currency)
            .Text("campaign", campaignName)
            .Text("receipt_number", receiptNumber)
            .Date("received_on", gift.ReceivedOn);

    public bool Owns(string kind) => kind is Kind or ReplacementReceiptOutreach.Kind;

    public async Task<IReadOnlyList<OutreachAttachment>> AttachmentsAsync(QueuedMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return [await receipts.AttachmentAsync(Guid.Parse(message.Reference), cancellationToken)];
    }

    public Task OnSentAsync(QueuedMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return receipts.MarkThankedAsync(Guid.Parse(message.Reference), cancellationToken);
    }
}
