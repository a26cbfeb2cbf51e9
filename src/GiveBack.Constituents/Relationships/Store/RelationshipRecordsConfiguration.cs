using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Constituents.Relationships.Store;

internal sealed class RelationshipRecordsConfiguration :
    IEntityTypeConfiguration<HouseholdRecord>, IEntityTypeConfiguration<HouseholdMemberRecord>,
    IEntityTypeConfiguration<DonorLinkRecord>, IEntityTypeConfiguration<SoftCreditRecord>,
    IEntityTypeConfiguration<MatchingGiftRecord>
{
    public void Configure(EntityTypeBuilder<HouseholdRecord> household)
    {
        household.ToTable("households");
        household.HasKey(h => h.Id);
        household.Property(h => h.Id).ValueGeneratedNever();
        household.Property(h => h.Name).HasMaxLength(200);
        household.Property(h => h.Salutation).HasMaxLength(200);
        household.HasIndex(h => h.Name);
    }

    public void Configure(EntityTypeBuilder<HouseholdMemberRecord> member)
    {
        member.ToTable("household_members");
        member.HasKey(m => m.DonorId);
        member.HasIndex(m => m.HouseholdId);
        member.HasOne<HouseholdRecord>().WithMany().HasForeignKey(m => m.HouseholdId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<DonorLinkRecord> link)
    {
        link.ToTable("donor_links");
        link.HasKey(l => l.Id);
        link.Property(l => l.Id).ValueGeneratedNever();
        link.Property(l => l.Kind).HasMaxLength(16);
        link.Property(l => l.EmployerName).HasMaxLength(200);
        // A spouse link is found from either side.
        link.HasIndex(l => l.DonorId);
        link.HasIndex(l => l.RelatedDonorId);
    }

    public void Configure(EntityTypeBuilder<SoftCreditRecord> credit)
    {
        credit.ToTable("soft_credits");
        credit.HasKey(c => c.Id);
        credit.Property(c => c.Id).ValueGeneratedNever();
        credit.Property(c => c.Currency).HasMaxLength(3);
        credit.Property(c => c.Reason).HasMaxLength(32);
        credit.Property(c => c.CreatedBy).HasMaxLength(256);
        // One soft credit per donor and gift: a second is a correction, not more recognition.
        credit.HasIndex(c => new { c.GiftId, c.DonorId }).IsUnique();
        credit.HasIndex(c => c.DonorId);
        credit.ToTable(t => t.HasCheckConstraint("ck_soft_credits_amount_positive", "amount > 0"));
    }

    public void Configure(EntityTypeBuilder<MatchingGiftRecord> match)
    {
        match.ToTable("matching_gifts");
        match.HasKey(m => m.MatchingGiftId);
        match.HasIndex(m => m.MatchedGiftId);
    }
}
