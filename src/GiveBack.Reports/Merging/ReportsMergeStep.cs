using GiveBack.Data.Postgres;
using GiveBack.Domain.Donors;
using GiveBack.Reports.Infrastructure;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace GiveBack.Reports.Merging;

/// <summary>
/// The reports' part of a merge, run last: the rollups of both donors are recomputed from <c>standing_gifts</c>, which
/// now reads the merged donor's gifts as the survivor's, so retention, LYBUNT/SYBUNT, participation and RFM count one
/// person with both giving histories. Nothing moves; the recompute is the same whenever it runs.
/// </summary>
public sealed class ReportsMergeStep(ReportsDatabase database) : IDonorMergeStep
{
    // The per-donor advisory lock the ledger trigger takes (InitialReports), so a gift booked meanwhile waits.
    private const string RecomputeSql = """
        SELECT pg_advisory_xact_lock(1919250, hashtext(d.id::text)), reports_recompute_donor(d.id, c.currency)
        FROM unnest(@donors) AS d(id)
        CROSS JOIN (SELECT DISTINCT currency FROM donor_giving_totals WHERE donor_id = ANY(@donors)) c
        """;

    public int Order => 100;

    public Task<IReadOnlyList<MergeCount>> CountAsync(Guid mergedDonorId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MergeCount>>([]);

    public async Task MoveAsync(Guid mergedDonorId, Guid survivorId, CancellationToken cancellationToken)
    {
        await using var db = await database.CreateContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            RecomputeSql,
            [GiveBackNpgsql.Parameter("donors", NpgsqlDbType.Array | NpgsqlDbType.Uuid, new[] { mergedDonorId, survivorId })],
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
