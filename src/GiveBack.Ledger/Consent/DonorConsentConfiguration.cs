using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Ledger.Consent;

internal sealed class DonorConsentConfiguration : IEntityTypeConfiguration<DonorConsentRecord>
{
    public void Configure(EntityTypeBuilder<DonorConsentRecord> consent)
    {
        consent.ToTable("donor_consents");
        consent.HasKey(c => c.Id);
        consent.Property(c => c.Id).UseIdentityAlwaysColumn();
        consent.Property(c => c.Channel).HasMaxLength(32);
        consent.Property(c => c.Purpose).HasMaxLength(32);
        consent.Property(c => c.Source).HasMaxLength(32);
        consent.Property(c => c.RecordedBy).HasMaxLength(200);

        // A donor's answers, latest last: the dispatcher reads them for every message, the donor page and the API too.
        consent.HasIndex(c => new { c.DonorId, c.Channel, c.Purpose, c.Id });
    }
}
