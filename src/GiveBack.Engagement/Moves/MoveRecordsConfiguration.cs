using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Engagement.Moves;

internal sealed class MoveRecordsConfiguration : IEntityTypeConfiguration<MoveRecord>, IEntityTypeConfiguration<MoveChangeRecord>
{
    public void Configure(EntityTypeBuilder<MoveRecord> move)
    {
        move.ToTable("engagement_moves");
        move.HasKey(m => m.DonorId);
        move.Property(m => m.DonorId).ValueGeneratedNever();
        move.Property(m => m.Stage).HasConversion(MoveStages.Converter).HasMaxLength(16);
        move.Property(m => m.OfficerId).HasMaxLength(64);
        move.Property(m => m.NextStep).HasMaxLength(500);
        move.HasIndex(m => new { m.OfficerId, m.DueOn });
    }

    public void Configure(EntityTypeBuilder<MoveChangeRecord> change)
    {
        change.ToTable("engagement_move_changes");
        change.HasKey(c => c.Id);
        change.Property(c => c.Id).UseIdentityAlwaysColumn();
        change.Property(c => c.Stage).HasConversion(MoveStages.Converter).HasMaxLength(16);
        change.Property(c => c.OfficerId).HasMaxLength(64);
        change.Property(c => c.NextStep).HasMaxLength(500);
        change.HasIndex(c => new { c.DonorId, c.Id });
    }
}
