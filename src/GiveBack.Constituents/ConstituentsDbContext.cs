using Microsoft.EntityFrameworkCore;

namespace GiveBack.Constituents;

/// <summary>
/// The constituents module's own tables (imports and their row keys, …), one configuration per entity in each concern's
/// folder. Same database, own migrations history (<c>__constituents_migrations</c>); donors, gifts and campaigns stay
/// giving's, reached through its services and views.
/// </summary>
public sealed class ConstituentsDbContext(DbContextOptions<ConstituentsDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__constituents_migrations";

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ConstituentsDbContext).Assembly);
}
