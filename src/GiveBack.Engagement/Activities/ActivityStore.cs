using GiveBack.Data.Postgres;
using GiveBack.Domain.Paging;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace GiveBack.Engagement.Activities;

/// <summary>The activities table: a batch is written in one transaction, all of it or none of it.</summary>
public sealed class ActivityStore(IDbContextFactory<EngagementDbContext> contexts)
{
    private const string Insert = """
        INSERT INTO engagement_activities (id, donor_id, type, occurred_at, detail, recorded_at)
        SELECT * FROM unnest(@ids, @donors, @types, @occurred, @details, @recorded)
        ON CONFLICT (id) DO NOTHING
        """;

    public async Task<ActivityWrite> RecordAsync(
        IReadOnlyList<NewActivity> activities, DateTimeOffset recordedAt, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = activities.Select(a => a.Id).ToList();
        var existing = await db.Activities.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        if (activities.Any(a => existing.TryGetValue(a.Id, out var found) && !Same(found, a)))
        {
            return new ActivityWrite([], 0, KeyReused: true);
        }

        var fresh = activities.Where(a => !existing.ContainsKey(a.Id)).ToList();
        var inserted = 0;
        if (fresh.Count > 0)
        {
            // ON CONFLICT: two identical requests racing both succeed, and the row is written once.
            inserted = await db.Database.ExecuteSqlRawAsync(
                Insert,
                [
                    GiveBackNpgsql.Parameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid, fresh.Select(a => a.Id).ToArray()),
                    GiveBackNpgsql.Parameter("donors", NpgsqlDbType.Array | NpgsqlDbType.Uuid, fresh.Select(a => a.DonorId).ToArray()),
                    GiveBackNpgsql.Parameter("types", NpgsqlDbType.Array | NpgsqlDbType.Varchar, fresh.Select(a => a.Type).ToArray()),
                    GiveBackNpgsql.Parameter("occurred", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, fresh.Select(a => a.OccurredAt.ToUniversalTime()).ToArray()),
                    GiveBackNpgsql.Parameter("details", NpgsqlDbType.Array | NpgsqlDbType.Varchar, fresh.Select(a => a.Detail).ToArray()),
                    GiveBackNpgsql.Parameter("recorded", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, fresh.Select(_ => recordedAt.ToUniversalTime()).ToArray()),
                ],
                cancellationToken);
        }

        var stored = await db.Activities.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ActivityWrite([.. activities.Select(a => stored[a.Id])], inserted, KeyReused: false);
    }

    /// <summary>Every activity of a donor: what the engagement grain rebuilds its score from.</summary>
    public async Task<IReadOnlyList<ActivityRecord>> OfDonorAsync(Guid donorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Activities.AsNoTracking().Where(a => a.DonorId == donorId).ToListAsync(cancellationToken);
    }

    public async Task<Page<ActivityRecord>> PageOfDonorAsync(Guid donorId, int offset, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Activities.AsNoTracking().Where(a => a.DonorId == donorId);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
            .Skip(offset).Take(limit).ToListAsync(cancellationToken);
        return new Page<ActivityRecord>(items, total, offset, limit);
    }

    private static bool Same(ActivityRecord stored, NewActivity requested) =>
        stored.DonorId == requested.DonorId
        && stored.Type == requested.Type
        && stored.OccurredAt == requested.OccurredAt
        && stored.Detail == requested.Detail;
}
