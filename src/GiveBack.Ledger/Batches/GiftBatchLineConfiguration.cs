using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Ledger.Batches;

internal sealed class GiftBatchLineConfiguration : IEntityTypeConfiguration<GiftBatchLineRecord>
{
    public void Configure(EntityTypeBuilder<GiftBatchLineRecord> line)
    {
        line.ToTable("gift_batch_lines");
        line.HasKey(l => new { l.BatchId, l.LineNo });
        line.Property(l => l.Reference).HasMaxLength(100);
        line.Property(l => l.Fund).HasMaxLength(200);
        line.HasOne<GiftBatchRecord>().WithMany().HasForeignKey(l => l.BatchId);
        // The duplicate warning looks for the same donor's lines in open batches.
        line.HasIndex(l => l.DonorId);
    }
}
