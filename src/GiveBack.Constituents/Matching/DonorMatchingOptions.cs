using System.ComponentModel.DataAnnotations;

namespace GiveBack.Constituents.Matching;

/// <summary>
/// <c>Constituents:Matching</c>. <see cref="SimilarNameThreshold"/>: the Jaro-Winkler similarity of two normalised
/// full names (accents, case and punctuation folded) from which they are proposed as a duplicate; 0.9 by default,
/// which takes "Jonathan"/"Jonathon" or "Katherine"/"Catherine" with the same last name and leaves "John"/"Joan Smith"
/// out. Lower it to propose more pairs for review, raise it for fewer.
/// </summary>
public sealed class DonorMatchingOptions
{
    public const string SectionName = "Constituents:Matching";

    [Range(0.5, 1.0)]
    public double SimilarNameThreshold { get; set; } = 0.9;
}
