using GiveBack.Scheduling.Runs;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Scheduling;

/// <summary>
/// The scheduler's own table, the record of each job run (<c>job_runs</c>). Same database, own migrations history
/// (<c>__scheduling_migrations</c>). Quartz's own tables are its script, applied by the same migrator.
/// </summary>
public sealed class SchedulingDbContext(DbContextOptions<SchedulingDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__scheduling_migrations";

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SchedulingDbContext).Assembly);
}
