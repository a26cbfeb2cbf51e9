namespace GiveBack.Engagement.Talent;

/// <summary>What a donor can offer (skills, industry) and how the office labels them (tags), for search and segments.</summary>
public sealed class TalentRecord
{
    public Guid DonorId { get; init; }

    public string? Industry { get; set; }

    /// <summary>Where the donor lives or works ("Lyon"), as they wrote it; the finder matches it ignoring case.</summary>
    public string? City { get; set; }

    /// <summary>Lowercase, trimmed, distinct: matched exactly by the talent finder.</summary>
    public string[] Skills { get; set; } = [];

    /// <summary>Lowercase, trimmed, distinct.</summary>
    public string[] Tags { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }
}
