using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Plugins.Hosting.Storage.Tables;

internal sealed class PluginDeadLetterConfiguration : IEntityTypeConfiguration<PluginDeadLetter>
{
    public void Configure(EntityTypeBuilder<PluginDeadLetter> letter)
    {
        letter.ToTable("plugin_dead_letters");
        letter.HasKey(l => l.Id).HasName("plugin_dead_letters_pkey");
        letter.Property(l => l.Id).UseIdentityAlwaysColumn();

        // Open dead letters, listed per plugin and looked up by outbox retention.
        letter.HasIndex(l => l.PluginId)
            .HasDatabaseName("plugin_dead_letters_open")
            .HasFilter("replayed_at IS NULL");
        letter.HasIndex(l => l.OutboxId)
            .HasDatabaseName("plugin_dead_letters_outbox")
            .HasFilter("replayed_at IS NULL");
    }
}
