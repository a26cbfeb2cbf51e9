using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Plugins.Hosting.Storage.Tables;

internal sealed class PluginCursorConfiguration : IEntityTypeConfiguration<PluginCursor>
{
    public void Configure(EntityTypeBuilder<PluginCursor> cursor)
    {
        cursor.ToTable("plugin_cursors");
        cursor.HasKey(c => c.PluginId).HasName("plugin_cursors_pkey");
        cursor.Property(c => c.LastOutboxId).HasDefaultValue(0L);
    }
}
