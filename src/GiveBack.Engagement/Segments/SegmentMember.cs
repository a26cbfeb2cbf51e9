namespace GiveBack.Engagement.Segments;

public sealed record SegmentMember(
    Guid DonorId, string FirstName, string LastName, string? Email, int? ClassYear, string Stage, bool Ambassador);
