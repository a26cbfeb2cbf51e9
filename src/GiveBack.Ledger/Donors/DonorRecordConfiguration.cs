using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Ledger.Donors;

internal sealed class DonorRecordConfiguration : IEntityTypeConfiguration<DonorRecord>
{
    public void Configure(EntityTypeBuilder<DonorRecord> donor)
    {
        donor.ToTable("donors");
        donor.HasKey(d => d.Id);
        donor.Property(d => d.Id).ValueGeneratedNever();
        donor.Property(d => d.FirstName).HasMaxLength(100);
        donor.Property(d => d.LastName).HasMaxLength(100);
        donor.Property(d => d.Email).HasMaxLength(254);
        donor.Property(d => d.Language).HasMaxLength(8).HasDefaultValue("en");
        donor.Property(d => d.PreferredChannel).HasMaxLength(32);
        donor.HasIndex(d => d.ClassYear);
        donor.HasIndex(d => new { d.LastName, d.FirstName, d.Id });
    }
}
