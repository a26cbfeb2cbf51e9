using GiveBack.Engagement.Segments;

namespace GiveBack.Engagement.Endpoints;

public sealed record SegmentResponse(
    Guid Id, string Name, string? Stage, int? ClassYear, int? LybuntFiscalYear, bool? Ambassador, string? Tag, DateTimeOffset CreatedAt)
{
    public static SegmentResponse From(SegmentRecord segment) => new(
        segment.Id, segment.Name, segment.Stage, segment.ClassYear, segment.LybuntFiscalYear, segment.Ambassador, segment.Tag, segment.CreatedAt);
}
