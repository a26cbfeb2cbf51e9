using GiveBack.Data.Postgres;
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

    private sealed record PortfolioRow(
        Guid DonorId, string FirstName, string LastName, int? ClassYear, string Stage, string? NextStep, DateOnly? DueOn, DateTimeOffset UpdatedAt);

    private static bool Same(MoveRecord move, MoveUpdate update) =>
        move.Stage == update.Stage && move.OfficerId == update.OfficerId && move.NextStep == update.NextStep && move.DueOn == update.DueOn;
}
