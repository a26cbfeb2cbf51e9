using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Ledger.Donors;

internal sealed class PossibleDuplicateConfiguration : IEntityTypeConfiguration<PossibleDuplicateRecord>
{
    public void Configure(EntityTypeBuilder<PossibleDuplicateRecord> duplicate)
    {
        duplicate.ToTable("possible_duplicates");
        duplicate.HasKey(d => d.Id);
        duplicate.Property(d => d.Id).UseIdentityAlwaysColumn();
        duplicate.Property(d => d.Reason).HasMaxLength(200);
        duplicate.Property(d => d.Reasons).HasDefaultValueSql("'{}'::text[]");
        duplicate.Property(d => d.Status).HasMaxLength(16).HasDefaultValue(PossibleDuplicates.Open);

        // One row per pair, whoever records it first: two payments racing to create donors find each other once.
        duplicate.HasIndex(d => new { d.DonorId, d.DuplicateDonorId }).IsUnique();
        duplicate.HasIndex(d => d.DuplicateDonorId);
        duplicate.HasIndex(d => new { d.Status, d.Id });
        duplicate.HasIndex(d => new { d.Status, d.Score, d.Id });
    }
}
