using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Reports.Segments;

internal sealed class SavedSegmentMemberConfiguration : IEntityTypeConfiguration<SavedSegmentMember>
{
    public void Configure(EntityTypeBuilder<SavedSegmentMember> member)
    {
        member.ToTable("report_segment_members");
        // The segment's donors are read by segment, in donor order: the key serves it.
        member.HasKey(m => new { m.SegmentId, m.DonorId });
        member.HasOne<SavedSegment>().WithMany().HasForeignKey(m => m.SegmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
