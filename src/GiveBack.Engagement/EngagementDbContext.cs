using GiveBack.Engagement.Activities;
using GiveBack.Engagement.Moves;
using GiveBack.Engagement.Segments;
using GiveBack.Engagement.Stages;
using GiveBack.Engagement.Talent;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Engagement;

/// <summary>
/// The engagement facts. Same database as the ledger, own tables and own migrations history
/// (<c>__engagement_migrations</c>), so engagement can evolve without touching the money schema.
/// </summary>
public sealed class EngagementDbContext(DbContextOptions<EngagementDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__engagement_migrations";

    public DbSet<ActivityRecord> Activities => Set<ActivityRecord>();

    public DbSet<StageChangeRecord> StageChanges => Set<StageChangeRecord>();

    public DbSet<StandingRecord> Standings => Set<StandingRecord>();

    public DbSet<TalentRecord> Talents => Set<TalentRecord>();

    public DbSet<MoveRecord> Moves => Set<MoveRecord>();

    public DbSet<MoveChangeRecord> MoveChanges => Set<MoveChangeRecord>();

    public DbSet<SegmentRecord> Segments => Set<SegmentRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EngagementDbContext).Assembly);
    }
}
