using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Ledger.Donors;

internal sealed class DonorMergeConfiguration : IEntityTypeConfiguration<DonorMergeRecord>
{
    public void Configure(EntityTypeBuilder<DonorMergeRecord> merge)
    {
        merge.ToTable("donor_merges");
        merge.HasKey(m => m.MergedDonorId);
        merge.Property(m => m.MergedDonorId).ValueGeneratedNever();
        merge.Property(m => m.MergedBy).HasMaxLength(200);
        merge.Property(m => m.Moved).HasColumnType("jsonb");

        // A survivor's giving reads its merged donors' rows: found from the survivor through this index.
        merge.HasIndex(m => m.SurvivorId);
    }
}
