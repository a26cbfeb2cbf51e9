using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Engagement.Talent;

internal sealed class TalentRecordConfiguration : IEntityTypeConfiguration<TalentRecord>
{
    public void Configure(EntityTypeBuilder<TalentRecord> talent)
    {
        talent.ToTable("engagement_talents");
        talent.HasKey(t => t.DonorId);
        talent.Property(t => t.DonorId).ValueGeneratedNever();
        talent.Property(t => t.Industry).HasMaxLength(100);
        talent.Property(t => t.City).HasMaxLength(100);

        // "skill = ANY(skills)" and "tag = ANY(tags)" are answered from these without a scan.
        talent.HasIndex(t => t.Skills).HasMethod("gin");
        talent.HasIndex(t => t.Tags).HasMethod("gin");
    }
}
