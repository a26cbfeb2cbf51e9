using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Ledger.Campaigns;

internal sealed class CampaignRecordConfiguration : IEntityTypeConfiguration<CampaignRecord>
{
    public void Configure(EntityTypeBuilder<CampaignRecord> campaign)
    {
        campaign.ToTable("campaigns");
        campaign.HasKey(c => c.Id);
        campaign.Property(c => c.Id).ValueGeneratedNever();
        campaign.Property(c => c.Name).HasMaxLength(200);
        campaign.Property(c => c.Slug).HasMaxLength(100);
        campaign.HasIndex(c => c.Slug).IsUnique();
        campaign.Property(c => c.Currency).HasMaxLength(3).IsFixedLength();
    }
}
