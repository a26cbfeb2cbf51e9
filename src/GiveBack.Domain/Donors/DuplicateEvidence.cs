namespace GiveBack.Domain.Donors;

/// <summary>Why two donor records may be one person: a score from 0 to 1 and the reasons, in words staff read.</summary>
public sealed record DuplicateEvidence(double Score, IReadOnlyList<string> Reasons)
{
    /// <summary>The same e-mail and the same name: one person, nothing for staff to decide.</summary>
    public bool IsSamePerson => Score >= DuplicateRules.SamePersonScore;
}
