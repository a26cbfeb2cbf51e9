using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Data.DataProtection;

/// <summary>
/// The ASP.NET Core Data Protection key ring in the product's database. A context of its own (with its own migrations
/// history) rather than a table in giving's <c>GiveBackDbContext</c>: the ring is infrastructure that no query joins, and
/// keeping it apart leaves the ledger's model untouched.
/// </summary>
public sealed class DataProtectionKeysDbContext(DbContextOptions<DataProtectionKeysDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public const string MigrationsHistoryTable = "__data_protection_migrations";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }
}
