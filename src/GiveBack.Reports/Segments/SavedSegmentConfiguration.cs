using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Reports.Segments;

internal sealed class SavedSegmentConfiguration : IEntityTypeConfiguration<SavedSegment>
{
    public void Configure(EntityTypeBuilder<SavedSegment> segment)
    {
        segment.ToTable("report_segments", t =>
            t.HasCheckConstraint("ck_report_segments_source", "source IN ('lybunt', 'sybunt')"));
        segment.HasKey(s => s.Id);
        segment.Property(s => s.Id).ValueGeneratedNever();
        segment.Property(s => s.Name).HasMaxLength(SavedSegments.MaxNameLength);
        segment.Property(s => s.Source).HasMaxLength(16);
        segment.Property(s => s.Currency).HasMaxLength(3).IsFixedLength();
        segment.HasIndex(s => s.CreatedAt);
    }
}
