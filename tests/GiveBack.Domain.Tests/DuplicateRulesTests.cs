using GiveBack.Domain.Donors;

namespace GiveBack.Domain.Tests;

public sealed class DuplicateRulesTests
{
    private const double Threshold = 0.9;

    [Fact]
    public void The_same_email_and_name_is_the_same_person_whatever_the_case_and_accents()
    {
        var evidence = DuplicateRules.Compare(
            new DonorIdentity("Élodie", "LEFÈVRE", "Elodie@Example.org", 2004), new DonorIdentity("elodie", "Lefevre", "elodie@example.org", null), Threshold);

        Assert.NotNull(evidence);
        Assert.True(evidence.IsSamePerson);
        Assert.Equal(["same e-mail", "same name"], evidence.Reasons);
    }

    [Fact]
    public void The_same_email_under_another_name_scores_below_the_same_person()
    {
        var evidence = DuplicateRules.Compare(
            new DonorIdentity("Ada", "Lovelace", "shared@example.org", null), new DonorIdentity("Grace", "Hopper", "SHARED@example.org", null), Threshold);

        Assert.Equal((0.9, false), (evidence!.Score, evidence.IsSamePerson));
        Assert.Equal(["same e-mail"], evidence.Reasons);
    }

    [Fact]
    public void The_same_name_counts_with_the_same_class_year_or_an_unknown_one_but_not_another()
    {
        var sameYear = DuplicateRules.Compare(new DonorIdentity("John", "Smith", null, 1990), new DonorIdentity("John", "Smith", "j@example.org", 1990), Threshold);
        var unknownYear = DuplicateRules.Compare(new DonorIdentity("John", "Smith", null, null), new DonorIdentity("John", "Smith", null, 1990), Threshold);
        var otherYear = DuplicateRules.Compare(new DonorIdentity("John", "Smith", null, 2015), new DonorIdentity("John", "Smith", null, 1990), Threshold);

        Assert.Equal((0.85, "same name and class year"), (sameYear!.Score, Assert.Single(sameYear.Reasons)));
        Assert.Equal((0.75, "same name"), (unknownYear!.Score, Assert.Single(unknownYear.Reasons)));
        Assert.Null(otherYear);
    }

    [Fact]
    public void A_similar_name_above_the_threshold_is_proposed_with_its_similarity_and_a_distant_one_is_not()
    {
        var near = DuplicateRules.Compare(new DonorIdentity("Jonathon", "Harker", null, null), new DonorIdentity("Jonathan", "Harker", null, null), Threshold);
        var far = DuplicateRules.Compare(new DonorIdentity("Mina", "Murray", null, null), new DonorIdentity("Jonathan", "Harker", null, null), Threshold);

        var reason = Assert.Single(near!.Reasons);
        Assert.StartsWith("similar name (0.9", reason, StringComparison.Ordinal);
        Assert.InRange(near.Score, 0.72, 0.8);
        Assert.Null(far);
    }

    [Theory]
    [InlineData("martha", "marhta", 0.961)]
    [InlineData("dwayne", "duane", 0.84)]
    [InlineData("dixon", "dicksonx", 0.813)]
    public void Jaro_winkler_gives_the_textbook_values(string first, string second, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(first, second), 3);
}
