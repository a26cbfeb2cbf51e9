using GiveBack.Reports.Calendar;
using GiveBack.Reports.Rfm;
using GiveBack.Web.Paging;
using GiveBack.Web.Problems;

namespace GiveBack.Reports.Endpoints;

/// <summary>Checks the query parameters the reports share and turns them into the reports' own types.</summary>
public static class ReportQuery
{
    public static int FiscalYear(int? fiscalYear, FieldErrors errors)
    {
        errors.Check(fiscalYear is not null, "fiscalYear", "fiscalYear is required, e.g. fiscalYear=2026 for the year that ends in 2026.");
        errors.Check(
            fiscalYear is null || FiscalYearWindow.IsValid(fiscalYear.Value),
            "fiscalYear",
            $"fiscalYear must be between {FiscalYearWindow.MinFiscalYear} and {FiscalYearWindow.MaxFiscalYear}.");
        return fiscalYear ?? 0;
    }

    /// <summary>The normalized ISO 4217 code, or null to use the configured reporting currency.</summary>
    public static string? Currency(string? currency, FieldErrors errors)
    {
        if (currency is null)
        {
            return null;
        }

        var known = GiveBack.Domain.Money.Currency.TryNormalize(currency, out var code);
        errors.Check(known, "currency", "currency must be a supported ISO 4217 code such as USD or EUR.");
        return code;
    }

    public static string? Segment(string? segment, FieldErrors errors)
    {
        if (segment is null)
        {
            return null;
        }

        errors.Check(
            RfmSegments.Find(segment) is not null,
            "segment",
            $"segment must be one of: {string.Join(", ", RfmSegments.All.Select(s => s.Key))}.");
        return segment;
    }

    /// <summary>
    /// JSON is paged like every list (<see cref="PageRequest"/>: at most 200 rows, the same messages); a CSV export is
    /// not a page: every row from the offset, unless a limit is given. Null limit means every row.
    /// </summary>
    public static (int Offset, int? Limit) Rows(int? offset, int? limit, bool csv, FieldErrors errors)
    {
        if (!csv)
        {
            var page = PageRequest.From(offset, limit, errors);
            return (page.Offset, page.Limit);
        }

        errors.Check(offset is null or >= 0, "offset", "offset must be zero or more.");
        errors.Check(limit is null or >= 1, "limit", "limit must be at least 1.");
        return (Math.Max(offset ?? 0, 0), limit);
    }
}
