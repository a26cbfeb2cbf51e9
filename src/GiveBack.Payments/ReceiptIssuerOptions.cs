namespace GiveBack.Payments;

/// <summary>
/// What a receipt must say about who issues it (<c>Receipts</c> section; the name is the institution's, see
/// <c>IInstitutionName</c>): the address, the registration number tax offices know the institution by, and the country
/// whose tax wording is printed. <see cref="TaxWording"/> replaces the country's wording when the office's adviser
/// wants other words.
/// </summary>
public sealed class ReceiptIssuerOptions
{
    public const string SectionName = "Receipts";

    public const int TextMaxLength = 1000;

    /// <summary>The postal address, lines separated by new lines or commas.</summary>
    public string? Address { get; set; }

    /// <summary>For example the US EIN (<c>12-3456789</c>) or the French SIREN/RNA number.</summary>
    public string? RegistrationNumber { get; set; }

    /// <summary>ISO 3166 two-letter code; <c>US</c> and <c>FR</c> have a wording built in.</summary>
    public string? Country { get; set; }

    public string? TaxWording { get; set; }
}
