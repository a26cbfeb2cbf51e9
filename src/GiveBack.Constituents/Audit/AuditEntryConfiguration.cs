using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Constituents.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("audit_entries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Actor).HasMaxLength(256);
        entry.Property(e => e.Action).HasMaxLength(32);
        entry.Property(e => e.What).HasMaxLength(512);
        entry.Property(e => e.Before).HasColumnType("jsonb");
        entry.Property(e => e.After).HasColumnType("jsonb");
        // The admin page reads the newest first, for everyone or for one donor.
        entry.HasIndex(e => e.At);
        entry.HasIndex(e => new { e.DonorId, e.At });
    }
}
