namespace GiveBack.Domain.Institution;

/// <summary>Why institution settings cannot be saved; the page and the API each word it for their reader.</summary>
public enum InstitutionProfileError
{
    NameMissing,
    NameTooLong,
    MonthOutOfRange,
    CurrencyNotAccepted,
    CountryNotAccepted,
    ReceiptTextTooLong,
}
