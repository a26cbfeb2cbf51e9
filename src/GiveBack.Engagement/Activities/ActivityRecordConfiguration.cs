using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Engagement.Activities;

internal sealed class ActivityRecordConfiguration : IEntityTypeConfiguration<ActivityRecord>
{
    public void Configure(EntityTypeBuilder<ActivityRecord> activity)
    {
        activity.ToTable("engagement_activities");
        activity.HasKey(a => a.Id);
        activity.Property(a => a.Id).ValueGeneratedNever();
        activity.Property(a => a.Type).HasMaxLength(40);
        activity.Property(a => a.Detail).HasMaxLength(500);

        // A donor's facts (grain activation, history pages) and "who did X" (talent finder).
        activity.HasIndex(a => new { a.DonorId, a.OccurredAt });
        activity.HasIndex(a => new { a.Type, a.DonorId });
    }
}
