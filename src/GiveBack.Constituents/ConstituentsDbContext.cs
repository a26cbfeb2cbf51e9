using GiveBack.Constituents.Erasure;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Constituents;

/// <summary>
/// The constituents module's tables, with their own migrations history. Each concern (imports, merge, erasure, audit)
/// adds its entities with one configuration each in its own folder.
/// </summary>
public sealed class ConstituentsDbContext(DbContextOptions<ConstituentsDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__constituents_migrations";

    public DbSet<DonorErasureRecord> DonorErasures => Set<DonorErasureRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ConstituentsDbContext).Assembly);
}
