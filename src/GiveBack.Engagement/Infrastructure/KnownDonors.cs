using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace GiveBack.Engagement.Infrastructure;

/// <summary>Which of some ids are donors, from the donors read model in one query (a bulk import never asks grain by grain).</summary>
public sealed class KnownDonors(IDbContextFactory<EngagementDbContext> contexts)
{
    public async Task<HashSet<Guid>> AmongAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await Sql.QueryAsync(
            db,
            "SELECT id FROM donors WHERE id = ANY(@ids)",
            p => p.Add(Sql.Parameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid, ids.Distinct().ToArray())),
            r => r.GetGuid(0),
            cancellationToken);
        return [.. found];
    }

    public async Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await AmongAsync([id], cancellationToken)).Count == 1;
}
