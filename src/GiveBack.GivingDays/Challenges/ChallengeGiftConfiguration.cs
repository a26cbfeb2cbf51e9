using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.GivingDays.Challenges;

internal sealed class ChallengeGiftConfiguration : IEntityTypeConfiguration<ChallengeGiftRecord>
{
    public void Configure(EntityTypeBuilder<ChallengeGiftRecord> gift)
    {
        gift.ToTable("challenge_gifts", table =>
            table.HasCheckConstraint("ck_challenge_gifts_amount", "amount >= 0 AND (counted OR (amount = 0 AND returned_at IS NOT NULL))"));
        gift.HasKey(g => new { g.ChallengeId, g.GiftId });
        gift.HasOne<CampaignChallengeRecord>().WithMany().HasForeignKey(g => g.ChallengeId);
    }
}
