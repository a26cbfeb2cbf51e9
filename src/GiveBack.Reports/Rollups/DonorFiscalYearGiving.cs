namespace GiveBack.Reports.Rollups;

/// <summary>
/// One row per donor, currency and fiscal year with a standing gift (table <c>donor_fiscal_year_giving</c>), under the
/// fiscal-year start month stored in <see cref="ReportsSettings"/>. Written only by the ledger trigger and the rebuild.
/// </summary>
public sealed class DonorFiscalYearGiving
{
    public Guid DonorId { get; set; }

    public string Currency { get; set; } = string.Empty;

    public int FiscalYear { get; set; }

    public long Amount { get; set; }

    public long GiftCount { get; set; }
}
