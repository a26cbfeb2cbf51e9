using System.Globalization;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Ledger.Outreach;

namespace GiveBack.Outreach.Templates;

/// <summary>
/// How values are written in a language GiveBack writes to donors in: amounts through the one money formatter, dates
/// spelt out without the weekday (<c>February 1, 2026</c>, <c>1 février 2026</c>).
/// </summary>
public sealed record OutreachLanguage(string Code, CultureInfo Culture, string DatePattern)
{
    public static OutreachLanguage English { get; } = new("en", CultureInfo.GetCultureInfo("en-US"), "MMMM d, yyyy");

    public static OutreachLanguage French { get; } = new("fr", CultureInfo.GetCultureInfo("fr-FR"), "d MMMM yyyy");

    /// <summary>The language of a tag (<c>fr-CA</c> is French); anything GiveBack does not write in is English.</summary>
    public static OutreachLanguage Of(string? tag) => DonorLanguages.Of(tag) == French.Code ? French : English;

    public string Format(OutreachValue value) => value switch
    {
        TextValue text => text.Text,
        MoneyValue money => money.Amount.Format(Culture),
        DateValue date => date.Date.ToString(DatePattern, Culture),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "unknown outreach value type"),
    };
}
