using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.GivingDays.Matches;

internal sealed class CampaignMatchConfiguration : IEntityTypeConfiguration<CampaignMatchRecord>
{
    public void Configure(EntityTypeBuilder<CampaignMatchRecord> match)
    {
        match.ToTable("campaign_matches", table =>
        {
            table.HasCheckConstraint("ck_campaign_matches_per", "per IN ('amount', 'donor')");

            // The cap holds in the database too: a bug in the taking code fails its transaction instead of overspending.
            table.HasCheckConstraint("ck_campaign_matches_cap", "matched_amount >= 0 AND matched_amount <= cap_amount");
        });
        match.HasKey(m => m.Id);
        match.Property(m => m.Id).ValueGeneratedNever();
        match.Property(m => m.Per).HasMaxLength(8);
        match.Property(m => m.Currency).HasMaxLength(3).IsFixedLength();
        match.Property(m => m.Ratio).HasPrecision(12, 4);
        match.HasIndex(m => m.CampaignId);
    }
}
