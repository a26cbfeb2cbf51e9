namespace GiveBack.Reports.Rollups;

/// <summary>
/// The one row (<c>reports_settings</c>) the ledger trigger reads to name a gift's fiscal year. The product writes it at
/// start-up from <c>Giving:FiscalYearStartMonth</c>, rebuilding the fiscal-year rollup when it changes.
/// </summary>
public sealed class ReportsSettings
{
    public int Id { get; set; }

    public int FiscalYearStartMonth { get; set; }
}
