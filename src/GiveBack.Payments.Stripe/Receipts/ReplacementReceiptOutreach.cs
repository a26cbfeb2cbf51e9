using GiveBack.Ledger.Gifts;
using GiveBack.Ledger.Outreach;
using GiveBack.Plugins.Abstractions.Outreach;

namespace GiveBack.Payments.Stripe.Receipts;

/// <summary>
/// A replacement receipt, sent when a refund changed what stands of a gift whose receipt the donor may already hold:
/// it names the voided number and carries the new receipt (its reference is the new receipt's gift id, so one per
/// replacement). A donor who never had the old receipt gets the ordinary thank-you for what stands instead. Sent,
/// attached and stamped by <see cref="ThankYouOutreach"/>, like the thank-you.
/// </summary>
public static class ReplacementReceiptOutreach
{
    public const string Kind = "receipt-replacement";

    public static OutreachRequest Request(LedgerEntry gift, Guid donorId, string receiptNumber, string voidedNumber, string campaignName, string? language)
    {
        ArgumentNullException.ThrowIfNull(gift);
        return new OutreachRequest(
            Kind,
            gift.Id.ToString(),
            donorId,
            MessageKind.Receipt,
            ThankYouOutreach.ReceiptValues(gift, receiptNumber, campaignName).Text("voided_number", voidedNumber),
            language);
    }
}
