using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Constituents.Erasure;

internal sealed class DonorErasureRecordConfiguration : IEntityTypeConfiguration<DonorErasureRecord>
{
    public void Configure(EntityTypeBuilder<DonorErasureRecord> erasure)
    {
        erasure.ToTable("donor_erasures");
        erasure.HasKey(e => e.DonorId);
        erasure.Property(e => e.RequestedBy).HasMaxLength(200);
    }
}
