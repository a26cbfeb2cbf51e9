using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Engagement.Stages;

internal sealed class StageRecordsConfiguration : IEntityTypeConfiguration<StageChangeRecord>, IEntityTypeConfiguration<StandingRecord>
{
    public void Configure(EntityTypeBuilder<StageChangeRecord> change)
    {
        change.ToTable("engagement_stage_changes");
        change.HasKey(c => c.Id);
        change.Property(c => c.Id).UseIdentityAlwaysColumn();
        change.Property(c => c.FromStage).HasMaxLength(40);
        change.Property(c => c.ToStage).HasMaxLength(40);
        change.Property(c => c.Reason).HasMaxLength(2000);
        change.HasIndex(c => new { c.DonorId, c.Id });
    }

    public void Configure(EntityTypeBuilder<StandingRecord> standing)
    {
        standing.ToTable("engagement_standings");
        standing.HasKey(s => s.DonorId);
        standing.Property(s => s.DonorId).ValueGeneratedNever();
        standing.Property(s => s.Stage).HasMaxLength(40);
        standing.Property(s => s.Reason).HasMaxLength(2000);
        standing.HasIndex(s => s.Stage);
    }
}
