namespace GiveBack.Reports.Paging;

/// <summary>Which rows of a donor list to return; no limit means every row (a CSV export).</summary>
public readonly record struct ReportPage(int Offset, int? Limit)
{
    public static ReportPage All { get; } = new(0, null);
}
