namespace GiveBack.Reports.Segments;

/// <summary>
/// A named, frozen list of donors taken from a report (table <c>report_segments</c>): who was on the list the day it
/// was saved, with the report and parameters it came from, so that the list can be worked even after gifts move donors
/// off the live report.
/// </summary>
public sealed class SavedSegment
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The report the donors came from: <c>lybunt</c> or <c>sybunt</c>.</summary>
    public required string Source { get; init; }

    public int FiscalYear { get; init; }

    public required string Currency { get; init; }

    public int DonorCount { get; set; }

    /// <summary>The member of staff who saved it.</summary>
    public Guid CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
