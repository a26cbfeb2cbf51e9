using Microsoft.EntityFrameworkCore;

namespace GiveBack.Api.Security;

/// <summary>
/// The host's API keys (<c>api_keys</c>: hashes and roles, never a key). Same database, own migrations history
/// (<c>__api_keys_migrations</c>): keys belong to the host that authenticates with them, not to any module.
/// </summary>
public sealed class ApiKeysDbContext(DbContextOptions<ApiKeysDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__api_keys_migrations";

    public DbSet<ApiKeyRecord> ApiKeys => Set<ApiKeyRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new ApiKeyRecordConfiguration());
}
