using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Pledges.Store;

internal sealed class PledgeConfiguration :
    IEntityTypeConfiguration<PledgeCommitment>, IEntityTypeConfiguration<PledgeRecord>, IEntityTypeConfiguration<PledgeInstallmentRecord>,
    IEntityTypeConfiguration<CampaignName>
{
    public void Configure(EntityTypeBuilder<PledgeCommitment> commitment)
    {
        commitment.ToTable("pledge_commitments", table =>
            table.HasCheckConstraint("ck_pledge_commitments_sign", "(kind = 'pledge' AND amount > 0) OR (kind <> 'pledge' AND amount < 0)"));
        commitment.HasKey(c => c.Id);
        commitment.Property(c => c.Id).ValueGeneratedNever();
        commitment.Property(c => c.Sequence).UseIdentityAlwaysColumn();
        commitment.Property(c => c.Kind).HasMaxLength(16);
        commitment.Property(c => c.Currency).HasMaxLength(3).IsFixedLength();
        commitment.Property(c => c.Reason).HasMaxLength(500);
        commitment.HasIndex(c => new { c.CampaignId, c.Sequence });
        commitment.HasIndex(c => c.PledgeId);
    }

    public void Configure(EntityTypeBuilder<PledgeRecord> pledge)
    {
        pledge.ToTable("pledges");
        pledge.HasKey(p => p.Id);
        pledge.Property(p => p.Id).ValueGeneratedNever();
        pledge.Property(p => p.Fund).HasMaxLength(100);
        pledge.Property(p => p.Currency).HasMaxLength(3).IsFixedLength();
        pledge.Property(p => p.Frequency).HasMaxLength(16);
        pledge.Property(p => p.Status).HasMaxLength(16);
        pledge.HasIndex(p => p.DonorId);
        pledge.HasIndex(p => new { p.CampaignId, p.Status });
        pledge.HasIndex(p => p.Status);
        pledge.HasMany(p => p.Installments).WithOne().HasForeignKey(i => i.PledgeId);
    }

    public void Configure(EntityTypeBuilder<PledgeInstallmentRecord> installment)
    {
        installment.ToTable("pledge_installments");
        installment.HasKey(i => new { i.PledgeId, i.Number });
        installment.Property(i => i.Status).HasMaxLength(16);
        installment.HasIndex(i => i.DueOn);
    }

    // Giving's published view, read only: never part of this module's migrations.
    public void Configure(EntityTypeBuilder<CampaignName> campaign)
    {
        campaign.ToView("campaign_directory");
        campaign.HasNoKey();
    }
}
