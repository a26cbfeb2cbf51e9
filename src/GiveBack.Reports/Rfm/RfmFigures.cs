namespace GiveBack.Reports.Rfm;

/// <summary>
/// RFM scores of every donor with a standing gift in <see cref="Currency"/>: the cut points, the count of each segment,
/// and one page of the donors (of <see cref="SegmentFilter"/> when set), best scores first.
/// </summary>
public sealed record RfmFigures(
    string Currency,
    long Donors,
    RfmCutPoints CutPoints,
    IReadOnlyList<RfmSegmentCount> Segments,
    string? SegmentFilter,
    long Total,
    int Offset,
    int? Limit,
    IReadOnlyList<RfmDonor> Items);
