using System.Globalization;
using GiveBack.Domain.Money;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Ledger.Gifts;
using GiveBack.Payments.Stripe.Data;
using GiveBack.Payments.Stripe.Receipts.Pdf;

using static GiveBack.Payments.Stripe.Receipts.ReceiptTexts;

namespace GiveBack.Payments.Stripe.Receipts;

/// <summary>
/// The receipt a donor keeps: number, date, donor, amount, how the gift was designated, and who issues it with the
/// wording its country's tax office asks for. A voided receipt says so
/// at the top and at the foot (when, why, and the number that replaced it); a replacement names the number it replaces.
/// </summary>
internal static class ReceiptDocument
{
    // The receipt is bilingual (its words in ReceiptTexts); its figures use one layout.
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static byte[] Render(ReceiptRecord receipt, LedgerEntry gift, DonorProfile? donor, ReceiptIssuer issuer, ReceiptFonts fonts)
    {
        using var pdf = new ReceiptPage(fonts);
        pdf.Text(56, 780, Both(t => t.Title), 20, bold: true)
            .Line(56, 768, 539, 768)
            .Text(56, 740, $"{Both(t => t.Number)}: {receipt.Number}", 12, bold: true)
            .Text(56, 720, $"{Both(t => t.FiscalYear)}: {receipt.FiscalYear}")
            .Text(56, 700, $"{Both(t => t.Issued)}: {Day(receipt.IssuedAt)}")
            .Text(56, 670, $"{Both(t => t.Donor)}: {donor?.FirstName} {donor?.LastName}".TrimEnd())
            .Text(56, 650, $"{Both(t => t.Email)}: {donor?.Email}")
            .Text(56, 620, $"{Both(t => t.GiftDate)}: {gift.ReceivedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}")
            .Text(56, 600, $"{Both(t => t.Amount)}: {new Money(gift.Amount, gift.Currency).Format(English)}", 12, bold: true)
            .Text(56, 580, $"{Both(t => t.Method)}: {gift.Method}")
            .Text(56, 560, $"{Both(t => t.GiftId)}: {gift.Id}");
        if (receipt.VoidedAt is not null)
        {
            pdf.Text(400, 780, Both(t => t.Void), 20, bold: true);
        }

        var y = 540.0;
        if (gift.Fund is { Length: > 0 } fund)
        {
            pdf.Text(56, y, $"{Both(t => t.Fund)}: {fund}");
            y -= 20;
        }

        if (gift.TributeName is { Length: > 0 } tribute)
        {
            var kind = gift.TributeType == "memory" ? Both(t => t.InMemoryOf) : Both(t => t.InHonourOf);
            pdf.Text(56, y, $"{kind}: {tribute}");
            y -= 20;
        }

        if (receipt.Replaces is { } replaced)
        {
            pdf.Text(56, y, $"{Both(t => t.Replaces)}: {replaced}");
            y -= 20;
        }

        if (receipt.VoidedAt is { } voidedAt)
        {
            pdf.Text(56, y, $"{Both(t => t.VoidSince)} {Day(voidedAt)}: {receipt.VoidReason}", 12, bold: true);
            y -= 20;
            pdf.Text(56, y, receipt.ReplacedBy is { } by
                ? $"{Both(t => t.ReplacedBy)}: {by}"
                : Both(t => t.NotReplaced));
            y -= 20;
        }

        y = IssuerBlock.Draw(pdf, issuer, y - 10, Both);
        pdf.Line(56, y - 10, 539, y - 10)
            .Text(56, y - 34, Both(t => t.Thanks), 11);
        return pdf.ToBytes();
    }

    private static string Day(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
