using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Plugins.Hosting.Storage.Tables;

internal sealed class PluginDeliveryConfiguration : IEntityTypeConfiguration<PluginDelivery>
{
    public void Configure(EntityTypeBuilder<PluginDelivery> delivery)
    {
        delivery.ToTable("plugin_deliveries", t => t.HasCheckConstraint(
            "plugin_deliveries_status_check",
            $"status IN ('{DeliveryRecord.Pending}', '{DeliveryRecord.Delivered}', '{DeliveryRecord.Dead}')"));
        delivery.HasKey(d => new { d.PluginId, d.OutboxId }).HasName("plugin_deliveries_pkey");
        delivery.Property(d => d.OutboxId).ValueGeneratedNever();

        // The head-of-line check: a donor's earliest pending event for a plugin.
        delivery.HasIndex(d => new { d.PluginId, d.DonorId, d.OutboxId })
            .HasDatabaseName("plugin_deliveries_pending")
            .HasFilter("status = 'pending'");
        // Retention prunes delivered records by age.
        delivery.HasIndex(d => d.DeliveredAt)
            .HasDatabaseName("plugin_deliveries_delivered")
            .HasFilter("status = 'delivered'");
        // Outbox retention asks whether any plugin still holds an event.
        delivery.HasIndex(d => d.OutboxId).HasDatabaseName("plugin_deliveries_outbox");
    }
}
