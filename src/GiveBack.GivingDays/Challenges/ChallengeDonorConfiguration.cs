using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.GivingDays.Challenges;

internal sealed class ChallengeDonorConfiguration : IEntityTypeConfiguration<ChallengeDonorRecord>
{
    public void Configure(EntityTypeBuilder<ChallengeDonorRecord> donor)
    {
        donor.ToTable("challenge_donors", table => table.HasCheckConstraint("ck_challenge_donors_standing", "standing_gifts >= 0"));
        donor.HasKey(d => new { d.ChallengeId, d.DonorId });
        donor.HasOne<CampaignChallengeRecord>().WithMany().HasForeignKey(d => d.ChallengeId);
    }
}
