using GiveBack.Domain.Money;

namespace GiveBack.Domain.Tests;

public sealed class CurrencyTests
{
    [Theory]
    [InlineData("eur", "EUR")]
    [InlineData(" chf ", "CHF")]
    [InlineData("JPY", "JPY")]
    public void Known_codes_are_normalized(string code, string expected)
    {
        Assert.True(Currency.TryNormalize(code, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("EURO")]
    [InlineData("XYZ")]
    public void Unknown_codes_are_refused(string? code) => Assert.False(Currency.TryNormalize(code, out _));

    [Theory]
    [InlineData(0L, false)]
    [InlineData(-1L, false)]
    [InlineData(1L, true)]
    [InlineData(GiftAmount.MaxMinorUnits, true)]
    [InlineData(GiftAmount.MaxMinorUnits + 1, false)]
    public void Gift_amounts_are_positive_and_bounded(long amount, bool valid) => Assert.Equal(valid, GiftAmount.IsValid(amount));
}
