using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Plugins.Hosting.Storage.Tables;

internal sealed class PluginExternalIdConfiguration : IEntityTypeConfiguration<PluginExternalId>
{
    public void Configure(EntityTypeBuilder<PluginExternalId> link)
    {
        link.ToTable("plugin_external_ids");
        link.HasKey(l => new { l.PluginId, l.ExternalId }).HasName("plugin_external_ids_pkey");
    }
}
