using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.GivingDays.Challenges;

internal sealed class CampaignChallengeConfiguration : IEntityTypeConfiguration<CampaignChallengeRecord>
{
    public void Configure(EntityTypeBuilder<CampaignChallengeRecord> challenge)
    {
        challenge.ToTable("campaign_challenges", table =>
        {
            table.HasCheckConstraint("ck_campaign_challenges_kind", "kind IN ('donors', 'amount', 'participation', 'nthDonor')");
            table.HasCheckConstraint("ck_campaign_challenges_figures", "donor_count >= 0 AND counted_amount >= 0");

            // An unlock is whole: when and by which gift, or neither.
            table.HasCheckConstraint(
                "ck_campaign_challenges_unlock",
                "(unlocked_at IS NULL) = (unlocked_by_gift_id IS NULL) AND (unlocked_at IS NOT NULL OR unlock_gift_id IS NULL)");
        });
        challenge.HasKey(c => c.Id);
        challenge.Property(c => c.Id).ValueGeneratedNever();
        challenge.Property(c => c.Kind).HasMaxLength(16);
        challenge.Property(c => c.Currency).HasMaxLength(3).IsFixedLength();
        challenge.HasIndex(c => c.CampaignId);
    }
}
