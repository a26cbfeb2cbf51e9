using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.GivingDays.Days;

internal sealed class GivingDayConfiguration : IEntityTypeConfiguration<GivingDayRecord>
{
    public void Configure(EntityTypeBuilder<GivingDayRecord> day)
    {
        day.ToTable("giving_days", table => table.HasCheckConstraint("ck_giving_days_window", "ends_at > starts_at"));
        day.HasKey(d => d.CampaignId);
        day.Property(d => d.CampaignId).ValueGeneratedNever();
        day.Property(d => d.TimeZone).HasMaxLength(64);
        day.Property(d => d.Slug).HasMaxLength(GivingDayValidation.MaxSlugLength);
        day.Property(d => d.Headline).HasMaxLength(GivingDayValidation.MaxHeadlineLength);
        day.Property(d => d.ScreenToken).HasMaxLength(64);
        day.HasIndex(d => d.Slug).IsUnique();
    }
}
