using GiveBack.Data.Postgres;
using GiveBack.Domain.Paging;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace GiveBack.Engagement.Moves;

/// <summary>Moves management: the current state per prospect, its history, and each officer's portfolio.</summary>
public sealed class MovesStore(IDbContextFactory<EngagementDbContext> contexts)
{
    private const string Portfolio = """
        SELECT m.donor_id, d.first_name, d.last_name, d.class_year, m.stage, m.next_step, m.due_on, m.updated_at
        FROM engagement_moves m
        JOIN donor_directory d ON d.id = m.donor_id
        WHERE m.officer_id = @officer
        ORDER BY m.due_on NULLS LAST, d.last_name, d.first_name, m.donor_id
        """;

    // The portfolio's order, one page of it; one row even when the page is past the end, so the total is always known.
    private const string PortfolioPage = """
        SELECT t.total, p.donor_id, p.first_name, p.last_name, p.class_year, p.stage, p.next_step, p.due_on, p.updated_at
        FROM (SELECT count(*) AS total FROM engagement_moves m JOIN donor_directory d ON d.id = m.donor_id WHERE m.officer_id = @officer) t
        LEFT JOIN LATERAL (
            SELECT m.donor_id, d.first_name, d.last_name, d.class_year, m.stage, m.next_step, m.due_on, m.updated_at
            FROM engagement_moves m
            JOIN donor_directory d ON d.id = m.donor_id
            WHERE m.officer_id = @officer
            ORDER BY m.due_on NULLS LAST, d.last_name, d.first_name, m.donor_id
            OFFSET @offset LIMIT @limit) p ON true
        ORDER BY p.due_on NULLS LAST, p.last_name, p.first_name, p.donor_id
        """;

    private const string PortfolioStages = """
        SELECT m.stage, count(*) AS prospects, count(*) FILTER (WHERE m.due_on < @today) AS overdue
        FROM engagement_moves m
        JOIN donor_directory d ON d.id = m.donor_id
        WHERE m.officer_id = @officer
        GROUP BY m.stage
        """;

    private const string Officers = """
        SELECT m.officer_id, count(*) AS prospects, count(*) FILTER (WHERE m.due_on < @today) AS overdue
        FROM engagement_moves m
        JOIN donor_directory d ON d.id = m.donor_id
        GROUP BY m.officer_id
        ORDER BY m.officer_id
        """;

    public async Task<ProspectMoves?> FindAsync(Guid donorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var current = await db.Moves.AsNoTracking().SingleOrDefaultAsync(m => m.DonorId == donorId, cancellationToken);
        if (current is null)
        {
            return null;
        }

        var history = await db.MoveChanges.AsNoTracking().Where(c => c.DonorId == donorId).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        return new ProspectMoves(current, history);
    }

    /// <summary>Sets the prospect's moves; the same values again change nothing and add no history.</summary>
    public async Task<ProspectMoves> SaveAsync(Guid donorId, MoveUpdate update, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var move = await db.Moves.SingleOrDefaultAsync(m => m.DonorId == donorId, cancellationToken);
            if (move is null || !Same(move, update))
            {
                if (move is null)
                {
                    move = new MoveRecord { DonorId = donorId, OfficerId = update.OfficerId };
                    db.Moves.Add(move);
                }

                move.Stage = update.Stage;
                move.OfficerId = update.OfficerId;
                move.NextStep = update.NextStep;
                move.DueOn = update.DueOn;
                move.UpdatedAt = now;
                db.MoveChanges.Add(new MoveChangeRecord
                {
                    DonorId = donorId,
                    Stage = update.Stage,
                    OfficerId = update.OfficerId,
                    NextStep = update.NextStep,
                    DueOn = update.DueOn,
                    ChangedAt = now,
                });
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        return (await FindAsync(donorId, cancellationToken))!;
    }

    public async Task<IReadOnlyList<PortfolioEntry>> PortfolioAsync(string officerId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Database.SqlQueryRaw<PortfolioRow>(Portfolio, GiveBackNpgsql.Parameter("officer", NpgsqlDbType.Varchar, officerId))
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new PortfolioEntry(
            r.DonorId, r.FirstName, r.LastName, r.ClassYear, Enum.Parse<MoveStage>(r.Stage, ignoreCase: true), r.NextStep, r.DueOn, r.UpdatedAt))];
    }

    /// <summary>One page of the officer's portfolio, soonest due first (the order of <see cref="PortfolioAsync"/>).</summary>
    public async Task<Page<PortfolioEntry>> PortfolioPageAsync(string officerId, int offset, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Database.SqlQueryRaw<PortfolioPageRow>(
            PortfolioPage,
            GiveBackNpgsql.Parameter("officer", NpgsqlDbType.Varchar, officerId),
            GiveBackNpgsql.Parameter("offset", NpgsqlDbType.Integer, offset),
            GiveBackNpgsql.Parameter("limit", NpgsqlDbType.Integer, limit)).ToListAsync(cancellationToken);
        var total = rows.Count == 0 ? 0 : (int)rows[0].Total;
        return new Page<PortfolioEntry>(
            [.. rows.Where(r => r.DonorId is not null).Select(r => new PortfolioEntry(
                r.DonorId!.Value, r.FirstName!, r.LastName!, r.ClassYear, Enum.Parse<MoveStage>(r.Stage!, ignoreCase: true), r.NextStep, r.DueOn,
                r.UpdatedAt!.Value))],
            total,
            offset,
            limit);
    }

    /// <summary>The officer's prospects per stage, every stage in cycle order (zero where there is none).</summary>
    public async Task<IReadOnlyList<PortfolioStageCount>> PortfolioStagesAsync(string officerId, DateOnly today, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = (await db.Database.SqlQueryRaw<StageRow>(
                PortfolioStages,
                GiveBackNpgsql.Parameter("officer", NpgsqlDbType.Varchar, officerId),
                GiveBackNpgsql.Parameter("today", NpgsqlDbType.Date, today)).ToListAsync(cancellationToken))
            .ToDictionary(r => Enum.Parse<MoveStage>(r.Stage, ignoreCase: true));
        return [.. Enum.GetValues<MoveStage>().Select(s => rows.TryGetValue(s, out var row)
            ? new PortfolioStageCount(s, (int)row.Prospects, (int)row.Overdue)
            : new PortfolioStageCount(s, 0, 0))];
    }

    /// <summary>Every officer who owns a prospect, by id: a few dozen in an office, so one list.</summary>
    public async Task<IReadOnlyList<OfficerLoad>> OfficersAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Database.SqlQueryRaw<OfficerRow>(Officers, GiveBackNpgsql.Parameter("today", NpgsqlDbType.Date, today))
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new OfficerLoad(r.OfficerId, (int)r.Prospects, (int)r.Overdue))];
    }

    private sealed record PortfolioPageRow(
        long Total, Guid? DonorId, string? FirstName, string? LastName, int? ClassYear, string? Stage, string? NextStep, DateOnly? DueOn,
        DateTimeOffset? UpdatedAt);

    private sealed record StageRow(string Stage, long Prospects, long Overdue);

    private sealed record OfficerRow(string OfficerId, long Prospects, long Overdue);

    private sealed record PortfolioRow(
        Guid DonorId, string FirstName, string LastName, int? ClassYear, string Stage, string? NextStep, DateOnly? DueOn, DateTimeOffset UpdatedAt);

    private static bool Same(MoveRecord move, MoveUpdate update) =>
        move.Stage == update.Stage && move.OfficerId == update.OfficerId && move.NextStep == update.NextStep && move.DueOn == update.DueOn;
}
