namespace GiveBack.Reports.Segments;

/// <summary>One donor of a saved segment (table <c>report_segment_members</c>).</summary>
public sealed class SavedSegmentMember
{
    public Guid SegmentId { get; init; }

    public Guid DonorId { get; init; }
}
