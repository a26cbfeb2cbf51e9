using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Reports.Rollups;

internal sealed class DonorGivingTotalConfiguration : IEntityTypeConfiguration<DonorGivingTotal>
{
    public void Configure(EntityTypeBuilder<DonorGivingTotal> total)
    {
        total.ToTable("donor_giving_totals");
        total.HasKey(t => new { t.DonorId, t.Currency });
        total.Property(t => t.Currency).HasMaxLength(3).IsFixedLength();

        // Retention's "new" (first gift in the year) and SYBUNT's "gave before last year" are ranges on the first gift.
        total.HasIndex(t => new { t.Currency, t.FirstGiftOn });
    }
}
