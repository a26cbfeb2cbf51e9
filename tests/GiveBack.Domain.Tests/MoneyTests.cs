using System.Globalization;
using static GiveBack.Domain.Tests.Cultures;
using DomainMoney = GiveBack.Domain.Money.Money;

namespace GiveBack.Domain.Tests;

/// <summary>
/// <c>Money</c> is named through an alias here: inside <c>GiveBack.Domain.*</c> the bare name is the namespace
/// <c>GiveBack.Domain.Money</c>.
/// </summary>
public sealed class MoneyTests
{
    [Theory]
    [InlineData(123_450L, "EUR", "€1,234.50", "1\u202f234,50\u00a0€")]
    [InlineData(2_500L, "USD", "$25.00", "25,00\u00a0$")]
    [InlineData(123_456L, "JPY", "JPY\u00a0123,456", "123\u202f456\u00a0JPY")]
    [InlineData(0L, "JPY", "JPY\u00a00", "0\u00a0JPY")]
    [InlineData(0L, "EUR", "€0.00", "0,00\u00a0€")]
    public void An_amount_is_written_in_english_and_french_with_its_currency_digits(long minor, string currency, string english, string french)
    {
        var money = new DomainMoney(minor, currency);

        Assert.Equal(english, money.Format(English));
        Assert.Equal(french, money.Format(French));
        Assert.Equal(french, money.ToString(French));
        Assert.Equal(english, string.Format(English, "{0}", money));
    }

    [Fact]
    public void Zero_decimal_currencies_have_no_minor_digits_and_their_major_units_are_the_minor_units()
    {
        var yen = new DomainMoney(500, "JPY");

        Assert.Equal((0, 500m), (yen.MinorDigits, yen.Major));
        Assert.Equal((2, 5m), (new DomainMoney(500, "EUR").MinorDigits, new DomainMoney(500, "EUR").Major));
        Assert.Equal(1.234m, new DomainMoney(1_234, "TND").Major);
    }

    [Fact]
    public void The_currency_code_is_normalised_and_an_unsupported_one_is_refused()
    {
        Assert.Equal("EUR", new DomainMoney(1, " eur ").Currency);
        Assert.Throws<ArgumentException>(() => new DomainMoney(1, "XYZ"));
        Assert.Throws<ArgumentException>(() => new DomainMoney(1, "EURO"));
        Assert.False(DomainMoney.TryCreate(1, null, out _));
        Assert.True(DomainMoney.TryCreate(1, "usd", out var dollars));
        Assert.Equal(new DomainMoney(1, "USD"), dollars);
    }

    [Theory]
    [InlineData("12.34", "EUR", 1_234L)]
    [InlineData("12.3", "EUR", 1_230L)]
    [InlineData("500", "JPY", 500L)]
    [InlineData("1.234", "TND", 1_234L)]
    public void An_amount_in_major_units_becomes_exact_minor_units(string major, string currency, long minor)
    {
        Assert.True(DomainMoney.TryFromMajor(decimal.Parse(major, CultureInfo.InvariantCulture), currency, out var money));
        Assert.Equal(new DomainMoney(minor, currency), money);
    }

    [Theory]
    [InlineData("12.345", "EUR")]
    [InlineData("5.5", "JPY")]
    [InlineData("1.2345", "TND")]
    [InlineData("79228162514264337593543950335", "EUR")]
    [InlineData("10", "XYZ")]
    public void More_decimals_than_the_currency_has_or_an_amount_beyond_minor_units_is_refused(string major, string currency) =>
        Assert.False(DomainMoney.TryFromMajor(decimal.Parse(major, CultureInfo.InvariantCulture), currency, out _));

    [Fact]
    public void The_culture_neutral_form_is_for_logs() => Assert.Equal("-12.30 EUR", ((object)new DomainMoney(-1_230, "EUR")).ToString());
}
