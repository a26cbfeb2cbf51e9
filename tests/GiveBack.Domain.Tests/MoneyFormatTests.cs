using GiveBack.Domain.Money;
using static GiveBack.Domain.Tests.Cultures;

namespace GiveBack.Domain.Tests;

public sealed class MoneyFormatTests
{
    [Theory]
    [InlineData(123_450L, "EUR", "€1,234.50", "1\u202f234,50\u00a0€")]
    [InlineData(2_500L, "USD", "$25.00", "25,00\u00a0$")]
    [InlineData(500L, "JPY", "JPY\u00a0500", "500\u00a0JPY")]
    [InlineData(1_234L, "TND", "TND\u00a01.234", "1,234\u00a0TND")]
    [InlineData(9_900L, "chf", "CHF\u00a099.00", "99,00\u00a0CHF")]
    [InlineData(-2_500L, "EUR", "-€25.00", "-25,00\u00a0€")]
    public void An_amount_is_written_with_its_currency_digits_in_the_culture_layout(long minor, string currency, string english, string french)
    {
        Assert.Equal(english, MoneyFormat.Format(minor, currency, English));
        Assert.Equal(french, MoneyFormat.Format(minor, currency, French));
    }

    [Fact]
    public void Whole_amounts_can_drop_their_zero_cents_but_others_keep_them()
    {
        Assert.Equal("€100", MoneyFormat.Format(10_000, "EUR", English, omitZeroMinorUnits: true));
        Assert.Equal("€100.50", MoneyFormat.Format(10_050, "EUR", English, omitZeroMinorUnits: true));
    }

    [Fact]
    public void Major_units_are_exact_decimals() => Assert.Equal(0.07m, MoneyFormat.MajorUnits(7, "EUR"));

    [Fact]
    public void An_unknown_currency_is_refused() => Assert.Throws<ArgumentException>(() => MoneyFormat.Format(1, "XYZ", English));
}
