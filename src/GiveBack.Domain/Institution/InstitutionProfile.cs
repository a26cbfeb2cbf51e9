using GiveBack.Domain.Money;

namespace GiveBack.Domain.Institution;

/// <summary>
/// The institution's settings an administrator changes in the product: the name messages are signed with, the month
/// its fiscal year starts in, the currency reports count in when a request names none, and what receipts say of their
/// issuer (address, registration number, the country whose tax wording is printed, or the office's own wording).
/// </summary>
public sealed record InstitutionProfile(
    string Name,
    int FiscalYearStartMonth,
    string ReportCurrency,
    string? Address = null,
    string? RegistrationNumber = null,
    string? Country = null,
    string? TaxWording = null)
{
    /// <summary>The longest address, registration number or wording a receipt prints.</summary>
    public const int ReceiptTextMaxLength = 1000;

    /// <summary>As long as the outreach options accept (<c>Outreach:Institution</c>).</summary>
    public const int NameMaxLength = 200;

    /// <summary>The same settings as entered by a person: the name trimmed, the currency upper-cased.</summary>
    public InstitutionProfile Normalized() =>
        this with
        {
            Name = Name?.Trim() ?? string.Empty,
            ReportCurrency = ReportCurrency?.Trim().ToUpperInvariant() ?? string.Empty,
            Address = Address?.Trim() ?? string.Empty,
            RegistrationNumber = RegistrationNumber?.Trim() ?? string.Empty,
            Country = Country?.Trim().ToUpperInvariant() ?? string.Empty,
            TaxWording = TaxWording?.Trim() ?? string.Empty,
        };

    /// <summary>What is wrong with these settings, each field once; empty when they can be saved.</summary>
    public IReadOnlyList<InstitutionProfileError> Validate()
    {
        var errors = new List<InstitutionProfileError>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors.Add(InstitutionProfileError.NameMissing);
        }
        else if (Name.Trim().Length > NameMaxLength)
        {
            errors.Add(InstitutionProfileError.NameTooLong);
        }

        if (FiscalYearStartMonth is < 1 or > 12)
        {
            errors.Add(InstitutionProfileError.MonthOutOfRange);
        }

        if (!Currency.TryNormalize(ReportCurrency, out _))
        {
            errors.Add(InstitutionProfileError.CurrencyNotAccepted);
        }

        if (Country is { Length: > 0 } country && !(country.Trim().Length == 2 && country.Trim().All(char.IsAsciiLetter)))
        {
            errors.Add(InstitutionProfileError.CountryNotAccepted);
        }

        if (new[] { Address, RegistrationNumber, TaxWording }.Any(t => t?.Trim().Length > ReceiptTextMaxLength))
        {
            errors.Add(InstitutionProfileError.ReceiptTextTooLong);
        }

        return errors;
    }
}
