namespace GiveBack.Reports.Rfm;

public sealed record RfmSegmentCount(string Segment, string Name, long Donors, decimal? Share);
