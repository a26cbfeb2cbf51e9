using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Ledger.Batches;

internal sealed class GiftBatchConfiguration : IEntityTypeConfiguration<GiftBatchRecord>
{
    public void Configure(EntityTypeBuilder<GiftBatchRecord> batch)
    {
        batch.ToTable("gift_batches");
        batch.HasKey(b => b.Id);
        batch.Property(b => b.Name).HasMaxLength(200);
        batch.Property(b => b.Currency).HasMaxLength(3);
        batch.Property(b => b.Method).HasMaxLength(16);
        batch.Property(b => b.Status).HasMaxLength(16);
        // The batches page lists the newest deposits first.
        batch.HasIndex(b => new { b.DepositOn, b.CreatedAt });
    }
}
