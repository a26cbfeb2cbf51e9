using Microsoft.EntityFrameworkCore;

namespace GiveBack.Data.Settings;

/// <summary>
/// Configuration keys set in the product rather than in the configuration files, and the record of each change. The
/// data spine owns them, as it owns the key ring: the keys are opaque here (a module's options read them through the
/// configuration), so the table knows no module.
/// </summary>
public sealed class StoredSettingsDbContext(DbContextOptions<StoredSettingsDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__settings_migrations";

    public const int KeyMaxLength = 200;

    public const int ValueMaxLength = 2000;

    public DbSet<StoredSetting> Settings => Set<StoredSetting>();

    public DbSet<StoredSettingChange> Changes => Set<StoredSettingChange>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var setting = modelBuilder.Entity<StoredSetting>();
        setting.ToTable("stored_settings");
        setting.HasKey(s => s.Key);
        setting.Property(s => s.Key).HasMaxLength(KeyMaxLength);
        setting.Property(s => s.Value).HasMaxLength(ValueMaxLength);
        setting.Property(s => s.ChangedBy).HasMaxLength(320);

        var change = modelBuilder.Entity<StoredSettingChange>();
        change.ToTable("stored_setting_changes");
        change.HasKey(c => c.Id);
        change.Property(c => c.Key).HasMaxLength(KeyMaxLength);
        change.Property(c => c.OldValue).HasMaxLength(ValueMaxLength);
        change.Property(c => c.NewValue).HasMaxLength(ValueMaxLength);
        change.Property(c => c.ChangedBy).HasMaxLength(320);
        change.HasIndex(c => c.ChangedAt);
    }
}
