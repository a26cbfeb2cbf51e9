using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.GivingDays.Ambassadors;

internal sealed class AmbassadorConfiguration : IEntityTypeConfiguration<AmbassadorRecord>
{
    public const string DonorIndex = "ix_campaign_ambassadors_campaign_id_donor_id";

    public void Configure(EntityTypeBuilder<AmbassadorRecord> ambassador)
    {
        ambassador.ToTable("campaign_ambassadors", table =>
            table.HasCheckConstraint("ck_campaign_ambassadors_goal", "goal_amount IS NULL OR goal_amount > 0"));
        ambassador.HasKey(a => a.Id);
        ambassador.Property(a => a.Id).ValueGeneratedNever();
        ambassador.Property(a => a.Token).HasMaxLength(64);
        ambassador.Property(a => a.Currency).HasMaxLength(3).IsFixedLength();
        ambassador.Property(a => a.Story).HasMaxLength(AmbassadorLimits.MaxStoryLength);

        // One ambassador per donor and giving day: asking again answers the one there is.
        ambassador.HasIndex(a => new { a.CampaignId, a.DonorId }).IsUnique().HasDatabaseName(DonorIndex);
        ambassador.HasIndex(a => a.Token).IsUnique();
    }
}
