using GiveBack.Data.Postgres;
using GiveBack.Reports.Infrastructure;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace GiveBack.Reports.Rollups;

/// <summary>
/// The rollup tables as a whole: which fiscal-year start month they are kept under, and recomputing them from the ledger
/// (the trigger keeps them row by row; this is for a change of fiscal year and for repair).
/// </summary>
public sealed class ReportRollups(ReportsDatabase database)
{
    private const string MonthSql = """SELECT fiscal_year_start_month AS "Value" FROM reports_settings WHERE id = 1""";

    /// <summary>The fiscal-year start month <c>donor_fiscal_year_giving</c> is kept under.</summary>
    public async Task<int> GetFiscalYearStartMonthAsync(CancellationToken cancellationToken)
    {
        await using var db = await database.CreateContextAsync(cancellationToken);
        return await ReadMonthAsync(db, cancellationToken);
    }

    /// <summary>
    /// Recomputes both rollup tables from the ledger in one transaction, under <paramref name="fiscalYearStartMonth"/>
    /// (stored for the trigger). Ledger writes wait for it (it holds a SHARE lock on <c>ledger_entries</c>) so that no
    /// gift is counted twice or missed; reports wait too. Minutes at ten million gifts: run it at start-up, not per request.
    /// </summary>
    public async Task RebuildRollupsAsync(int fiscalYearStartMonth, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fiscalYearStartMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fiscalYearStartMonth, 12);
        await using var db = await database.CreateContextAsync(cancellationToken);
        db.Database.SetCommandTimeout(0);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL statement_timeout = 0; SET LOCAL work_mem = '512MB'", cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            "SELECT reports_rebuild_rollups(@month)", [GiveBackNpgsql.Parameter("month", NpgsqlDbType.Integer, fiscalYearStartMonth)],
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Rebuilds when the stored month differs from <paramref name="fiscalYearStartMonth"/>; true when it did.</summary>
    public async Task<bool> EnsureFiscalYearStartMonthAsync(int fiscalYearStartMonth, CancellationToken cancellationToken)
    {
        if (await GetFiscalYearStartMonthAsync(cancellationToken) == fiscalYearStartMonth)
        {
            return false;
        }

        await RebuildRollupsAsync(fiscalYearStartMonth, cancellationToken);
        return true;
    }

    /// <summary>
    /// Refuses to answer a fiscal-year report from rollups kept under another start month: the figures would be silently
    /// wrong. In the product the start-up sync makes them agree; a mismatch means two hosts disagree on configuration.
    /// </summary>
    internal static async Task EnsureKeptUnderAsync(ReportsDbContext db, int fiscalYearStartMonth, CancellationToken cancellationToken)
    {
        var stored = await ReadMonthAsync(db, cancellationToken);
        if (stored != fiscalYearStartMonth)
        {
            throw new InvalidOperationException(
                $"The report rollups are kept for fiscal years starting in month {stored}, but the report was asked for month " +
                $"{fiscalYearStartMonth}. Restart with Giving:FiscalYearStartMonth={fiscalYearStartMonth} (the rollups are rebuilt at " +
                "start-up) or call ReportRollups.RebuildRollupsAsync.");
        }
    }

    private static async Task<int> ReadMonthAsync(ReportsDbContext db, CancellationToken cancellationToken) =>
        (await db.Database.SqlQueryRaw<int>(MonthSql).ToListAsync(cancellationToken)).Single();
}
