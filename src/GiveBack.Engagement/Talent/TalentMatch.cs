namespace GiveBack.Engagement.Talent;

/// <summary>A donor the talent finder found, best engaged first.</summary>
public sealed record TalentMatch(
    Guid DonorId,
    string FirstName,
    string LastName,
    string? Email,
    int? ClassYear,
    string? Industry,
    string? City,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Activities,
    string Stage,
    double Score);
