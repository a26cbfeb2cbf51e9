using System.Globalization;
using GiveBack.Domain.Money;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Ledger.Gifts;
using GiveBack.Payments.Stripe.Data;
using GiveBack.Payments.Stripe.Receipts.Pdf;

namespace GiveBack.Payments.Stripe.Receipts;

/// <summary>
/// The receipt a donor keeps: number, date, donor, amount, and how the gift was designated. A voided receipt says so
/// at the top and at the foot (when, why, and the number that replaced it); a replacement names the number it replaces.
/// </summary>
internal static class ReceiptDocument
{
    // The receipt is bilingual; its figures use one layout.
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static byte[] Render(ReceiptRecord receipt, LedgerEntry gift, DonorProfile? donor, ReceiptFonts fonts)
    {
        using var pdf = new ReceiptPage(fonts);
        pdf.Text(56, 780, "Gift receipt / Reçu de don", 20, bold: true)
            .Line(56, 768, 539, 768)
            .Text(56, 740, $"Receipt number / N° de reçu: {receipt.Number}", 12, bold: true)
            .Text(56, 720, $"Fiscal year / Exercice: {receipt.FiscalYear}")
            .Text(56, 700, $"Issued / Émis le: {Day(receipt.IssuedAt)}")
            .Text(56, 670, $"Donor / Donateur: {donor?.FirstName} {donor?.LastName}".TrimEnd())
            .Text(56, 650, $"Email: {donor?.Email}")
            .Text(56, 620, $"Gift date / Date du don: {gift.ReceivedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}")
            .Text(56, 600, $"Amount / Montant: {new Money(gift.Amount, gift.Currency).Format(English)}", 12, bold: true)
            .Text(56, 580, $"Method / Mode: {gift.Method}")
            .Text(56, 560, $"Gift id / Référence: {gift.Id}");
        if (receipt.VoidedAt is not null)
        {
            pdf.Text(400, 780, "VOID / ANNULÉ", 20, bold: true);
        }

        var y = 540.0;
        if (gift.Fund is { Length: > 0 } fund)
        {
            pdf.Text(56, y, $"Fund / Fonds: {fund}");
            y -= 20;
        }

        if (gift.TributeName is { Length: > 0 } tribute)
        {
            var kind = gift.TributeType == "memory" ? "In memory of / En mémoire de" : "In honour of / En l'honneur de";
            pdf.Text(56, y, $"{kind}: {tribute}");
            y -= 20;
        }

        if (receipt.Replaces is { } replaced)
        {
            pdf.Text(56, y, $"Replaces receipt / Remplace le reçu n°: {replaced}");
            y -= 20;
        }

        if (receipt.VoidedAt is { } voidedAt)
        {
            pdf.Text(56, y, $"VOID since / ANNULÉ depuis le {Day(voidedAt)}: {receipt.VoidReason}", 12, bold: true);
            y -= 20;
            pdf.Text(56, y, receipt.ReplacedBy is { } by
                ? $"Replaced by receipt / Remplacé par le reçu n°: {by}"
                : "Not replaced: nothing of this gift stands. / Non remplacé : rien de ce don n'est maintenu.");
            y -= 20;
        }

        pdf.Line(56, y - 10, 539, y - 10)
            .Text(56, y - 34, "Thank you for your generosity. / Merci pour votre générosité.", 11);
        return pdf.ToBytes();
    }

    private static string Day(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
