using GiveBack.Domain.Donors;

namespace GiveBack.Domain.Tests;

public sealed class PersonNameTests
{
    [Theory]
    [InlineData("Ada", "Lovelace", "ada", "LOVELACE")]
    [InlineData("Élodie", "Martin", "Elodie", "martin")]
    [InlineData("José-Luis", "O'Neil", "jose luis", "o neil")]
    [InlineData("Mary Ann", "Smith", "Mary", "Ann  Smith")]
    [InlineData(" Zoë ", "Brontë", "zoe", "bronte")]
    public void Names_that_differ_only_in_case_accents_punctuation_spacing_or_split_agree(string first, string last, string otherFirst, string otherLast) =>
        Assert.True(PersonName.Agree(first, last, otherFirst, otherLast));

    [Theory]
    [InlineData("Ada", "Lovelace", "Grace", "Hopper")]
    [InlineData("Ada", "Lovelace", "Ada", "Byron")]
    [InlineData("Ada", "Lovelace", "Ada", null)]
    [InlineData("", "", "", "")]
    [InlineData(null, null, null, null)]
    public void Other_names_and_missing_names_do_not_agree(string? first, string? last, string? otherFirst, string? otherLast) =>
        Assert.False(PersonName.Agree(first, last, otherFirst, otherLast));
}
