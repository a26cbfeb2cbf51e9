using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.GivingDays.Matches;

internal sealed class MatchAllocationConfiguration : IEntityTypeConfiguration<MatchAllocationRecord>
{
    public void Configure(EntityTypeBuilder<MatchAllocationRecord> allocation)
    {
        allocation.ToTable("match_allocations", table =>
            table.HasCheckConstraint("ck_match_allocations_amount", "amount > 0 AND amount <= wanted_amount"));

        // One allocation per gift and match: a retried match finds the capacity its gift already took.
        allocation.HasKey(a => new { a.MatchId, a.GiftId });
        allocation.HasIndex(a => new { a.MatchId, a.DonorId });
        allocation.HasOne<CampaignMatchRecord>().WithMany().HasForeignKey(a => a.MatchId);
    }
}
