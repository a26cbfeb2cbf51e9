using System.Globalization;
using GiveBack.Domain.Money;
using Microsoft.AspNetCore.Http;

namespace GiveBack.Payments.GivingPage;

/// <summary>The giving page's form as posted, and what is wrong with it (by field, in the page's language).</summary>
public sealed record GivingForm(
    string? AmountChoice,
    string? OtherAmount,
    bool Monthly,
    string? Fund,
    string? TributeType,
    string? TributeName,
    bool Anonymous,
    bool CoverFee,
    string? FirstName,
    string? LastName,
    string? Email,
    string? ClassYear,
    bool KeepInformed = false)
{
    /// <summary>The form as first shown: every box unticked, the consent one included (consent is never assumed).</summary>
    public static readonly GivingForm Empty = new(null, null, false, null, "none", null, false, false, null, null, null, null);

    public static GivingForm Read(IFormCollection form) => new(
        Text(form["amount"]),
        Text(form["otherAmount"]),
        Text(form["frequency"]) == "monthly",
        Text(form["fund"]),
        Text(form["tributeType"]) ?? "none",
        Text(form["tributeName"]),
        Text(form["anonymous"]) is not null,
        Text(form["coverFee"]) is not null,
        Text(form["firstName"]),
        Text(form["lastName"]),
        Text(form["email"]),
        Text(form["classYear"]),
        Text(form["keepInformed"]) is not null);

    /// <summary>The gift in minor units, or null with an error added.</summary>
    public long? Amount(string currency, GivingPageOptions options, GivingTexts texts, IDictionary<string, string> errors)
    {
        long? amount = null;
        if (AmountChoice is not null && AmountChoice != "other"
            && long.TryParse(AmountChoice, NumberStyles.None, CultureInfo.InvariantCulture, out var preset))
        {
            amount = preset;
        }
        else if (Money.TryParseTyped(OtherAmount, currency, out var typed) && typed.Major <= options.MaxAmount)
        {
            // More decimals than the currency has (12.345 EUR) is not an amount; Money refuses it rather than round.
            amount = typed.Minor;
        }

        if (amount is null)
        {
            errors["amount"] = texts.ErrorAmount;
            return null;
        }

        if (amount < options.MinAmount || amount > options.MaxAmount)
        {
            errors["amount"] = string.Format(CultureInfo.InvariantCulture, texts.ErrorAmountBounds,
                texts.Money(options.MinAmount, currency), texts.Money(options.MaxAmount, currency));
            return null;
        }

        return amount;
    }

    public void Validate(GivingPageOptions options, GivingTexts texts, IDictionary<string, string> errors, out int? classYear)
    {
        classYear = null;
        Check(errors, "firstName", FirstName is { Length: <= 100 } first && IsText(first), texts.ErrorFirstName);
        Check(errors, "lastName", LastName is { Length: <= 100 } last && IsText(last), texts.ErrorLastName);
        Check(errors, "email", Email is { Length: <= 254 } e && IsText(e) && e.IndexOf('@', StringComparison.Ordinal) > 0 && !e.Contains(' ', StringComparison.Ordinal) && e.LastIndexOf('.') > e.IndexOf('@', StringComparison.Ordinal), texts.ErrorEmail);
        if (ClassYear is not null)
        {
            var valid = int.TryParse(ClassYear, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100;
            Check(errors, "classYear", valid, texts.ErrorClassYear);
            classYear = valid ? year : null;
        }

        Check(errors, "fund", Fund is null || options.Funds.Contains(Fund), texts.ErrorFund);
        Check(errors, "tributeType", TributeType is "none" or "honor" or "memory", texts.ErrorTribute);
        Check(errors, "tributeName", TributeType is "none" || (TributeName is { Length: <= 200 } tribute && IsText(tribute)), texts.ErrorTributeName);
    }

    /// <summary>Printable text: a NUL or another control character is refused (PostgreSQL and Stripe refuse NUL anyway).</summary>
    private static bool IsText(string value) => !value.Any(char.IsControl);

    private static void Check(IDictionary<string, string> errors, string field, bool valid, string message)
    {
        if (!valid)
        {
            errors[field] = message;
        }
    }

    private static string? Text(Microsoft.Extensions.Primitives.StringValues value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.ToString().Trim();
}
