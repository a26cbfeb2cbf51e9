using System.Globalization;

namespace GiveBack.Domain.Donors;

/// <summary>
/// The matching rules, written once for every door a donor comes in by (the API, the giving page, an import): the
/// same e-mail (ignoring case); the same name (<see cref="PersonName"/>) and class year; a similar name (Jaro-Winkler
/// over the normalised full name, at or above a threshold). The score is the strongest rule's; each rule that fired
/// adds its reason.
/// </summary>
public static class DuplicateRules
{
    /// <summary>The same e-mail and the same name.</summary>
    public const double SamePersonScore = 1.0;

    public const double SameEmailScore = 0.9;

    public const double SameNameAndClassYearScore = 0.85;

    public const double SameNameScore = 0.75;

    public const string SameEmail = "same e-mail";

    public const string SameName = "same name";

    public const string SameNameAndClassYear = "same name and class year";

    /// <summary>Null when no rule fires.</summary>
    public static DuplicateEvidence? Compare(DonorIdentity candidate, DonorIdentity known, double similarNameThreshold)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(known);
        var reasons = new List<string>();
        var score = 0.0;
        var sameEmail = !string.IsNullOrWhiteSpace(candidate.Email) && !string.IsNullOrWhiteSpace(known.Email)
            && string.Equals(candidate.Email.Trim(), known.Email.Trim(), StringComparison.OrdinalIgnoreCase);
        var candidateName = PersonName.Key(candidate.FirstName, candidate.LastName);
        var knownName = PersonName.Key(known.FirstName, known.LastName);
        var sameName = candidateName.Length > 0 && candidateName == knownName;
        if (sameEmail)
        {
            reasons.Add(SameEmail);
            score = sameName ? SamePersonScore : SameEmailScore;
            if (sameName)
            {
                reasons.Add(SameName);
            }
        }

        if (sameName && candidate.ClassYear is { } year && year == known.ClassYear)
        {
            reasons.Add(SameNameAndClassYear);
            score = Math.Max(score, SameNameAndClassYearScore);
        }
        else if (sameName && !sameEmail && (candidate.ClassYear is null || known.ClassYear is null))
        {
            // Two classes apart, one name is two people; with a class year unknown it may be one.
            reasons.Add(SameName);
            score = Math.Max(score, SameNameScore);
        }
        else if (!sameName && candidateName.Length > 0 && knownName.Length > 0)
        {
            var similarity = Math.Round(JaroWinkler.Similarity(candidateName, knownName), 2);
            if (similarity >= similarNameThreshold)
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"similar name ({similarity:0.00})"));
                // A similar name alone never outranks the rules on facts: it is scaled below them.
                score = Math.Max(score, Math.Round(similarity * 0.8, 2));
            }
        }

        return reasons.Count == 0 ? null : new DuplicateEvidence(score, reasons);
    }
}
