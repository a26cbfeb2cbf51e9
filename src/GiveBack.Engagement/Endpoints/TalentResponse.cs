using GiveBack.Engagement.Talent;

namespace GiveBack.Engagement.Endpoints;

public sealed record TalentResponse(Guid DonorId, string? Industry, string? City, IReadOnlyList<string> Skills, IReadOnlyList<string> Tags, DateTimeOffset? UpdatedAt)
{
    public static TalentResponse From(Guid donorId, TalentRecord? talent) =>
        talent is null
            ? new TalentResponse(donorId, null, null, [], [], null)
            : new TalentResponse(donorId, talent.Industry, talent.City, talent.Skills, talent.Tags, talent.UpdatedAt);
}
