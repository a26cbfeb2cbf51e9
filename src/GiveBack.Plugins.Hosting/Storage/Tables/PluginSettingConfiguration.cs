using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Plugins.Hosting.Storage.Tables;

internal sealed class PluginSettingConfiguration : IEntityTypeConfiguration<PluginSetting>
{
    public void Configure(EntityTypeBuilder<PluginSetting> setting)
    {
        setting.ToTable("plugin_settings");
        // Key and index names are PostgreSQL's defaults, as the tables were first created by a script.
        setting.HasKey(s => s.PluginId).HasName("plugin_settings_pkey");
        setting.Property(s => s.Enabled).HasDefaultValue(true);
        setting.Property(s => s.ConsecutiveFailures).HasDefaultValue(0);
    }
}
