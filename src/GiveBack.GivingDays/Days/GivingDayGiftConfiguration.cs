using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.GivingDays.Days;

internal sealed class GivingDayGiftConfiguration : IEntityTypeConfiguration<GivingDayGiftRecord>
{
    public void Configure(EntityTypeBuilder<GivingDayGiftRecord> gift)
    {
        gift.ToTable("giving_day_gifts");
        gift.HasKey(g => g.GiftId);
        gift.Property(g => g.GiftId).ValueGeneratedNever();
        gift.Property(g => g.Fund).HasMaxLength(200);

        // The wall and the class of the hour read a campaign's latest gifts.
        gift.HasIndex(g => new { g.CampaignId, g.RecordedAt });
    }
}
