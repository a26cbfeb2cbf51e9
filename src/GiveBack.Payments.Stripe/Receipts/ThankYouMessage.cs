using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Ledger.Gifts;

namespace GiveBack.Payments.Stripe.Receipts;

/// <summary>A thank-you for one gift, in the language the donor gave in (French or English).</summary>
public sealed record ThankYouMessage(string Reference, string? To, string Subject, string Body)
{
    public static ThankYouMessage For(DonorProfile donor, LedgerEntry gift, string receiptNumber, string? locale)
    {
        var amount = Amounts.Format(gift.Amount, gift.Currency, locale);
        var name = string.IsNullOrWhiteSpace(donor.FirstName) ? donor.LastName : donor.FirstName;
        return locale == "fr"
            ? new ThankYouMessage(
                receiptNumber,
                donor.Email,
                "Merci pour votre don",
                $"Bonjour {name},\n\nMerci pour votre don de {amount}. Votre reçu n° {receiptNumber} est disponible auprès de notre service des dons.\n\nAvec toute notre reconnaissance.")
            : new ThankYouMessage(
                receiptNumber,
                donor.Email,
                "Thank you for your gift",
                $"Dear {name},\n\nThank you for your gift of {amount}. Your receipt number is {receiptNumber}.\n\nWith our gratitude.");
    }
}
