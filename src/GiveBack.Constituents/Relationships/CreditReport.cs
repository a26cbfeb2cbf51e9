namespace GiveBack.Constituents.Relationships;

/// <summary>The hard and soft credit report: one page of donors with either in the fiscal year, and the year's totals.</summary>
public sealed record CreditReport(
    int FiscalYear, string Currency, DateOnly From, DateOnly To, long HardAmount, long SoftAmount, IReadOnlyList<CreditReportRow> Items, int Total,
    int Offset, int Limit);
