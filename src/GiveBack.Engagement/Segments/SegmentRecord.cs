namespace GiveBack.Engagement.Segments;

/// <summary>
/// A saved query over donors that outreach and plugins can target by id. Every criterion that is set must hold;
/// the members are computed when asked, so a segment always reflects today's stages, tags and giving.
/// </summary>
public sealed class SegmentRecord
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    public string? Stage { get; init; }

    public int? ClassYear { get; init; }

    /// <summary>LYBUNT of this fiscal year: gave in FY-1, not (yet) in FY; reversed gifts do not count.</summary>
    public int? LybuntFiscalYear { get; init; }

    public bool? Ambassador { get; init; }

    public string? Tag { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
