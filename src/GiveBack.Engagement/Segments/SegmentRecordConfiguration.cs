using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Engagement.Segments;

internal sealed class SegmentRecordConfiguration : IEntityTypeConfiguration<SegmentRecord>
{
    public void Configure(EntityTypeBuilder<SegmentRecord> segment)
    {
        segment.ToTable("engagement_segments");
        segment.HasKey(s => s.Id);
        segment.Property(s => s.Id).ValueGeneratedNever();
        segment.Property(s => s.Name).HasMaxLength(100);
        segment.Property(s => s.Stage).HasMaxLength(40);
        segment.Property(s => s.Tag).HasMaxLength(50);
        segment.HasIndex(s => s.CreatedAt);
    }
}
