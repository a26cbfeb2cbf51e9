using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Ledger.Outreach;

internal sealed class OutreachMessageConfiguration : IEntityTypeConfiguration<OutreachMessage>
{
    public void Configure(EntityTypeBuilder<OutreachMessage> message)
    {
        message.ToTable("outreach_messages");
        message.HasKey(m => m.Id);
        message.Property(m => m.Id).UseIdentityAlwaysColumn();
        message.Property(m => m.Kind).HasMaxLength(32);
        message.Property(m => m.Reference).HasMaxLength(200);
        message.Property(m => m.Subject).HasMaxLength(300);
        message.HasIndex(m => new { m.Kind, m.Reference }).IsUnique();
        message.HasIndex(m => m.DonorId);
    }
}
