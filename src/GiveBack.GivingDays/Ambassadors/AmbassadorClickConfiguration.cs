using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.GivingDays.Ambassadors;

internal sealed class AmbassadorClickConfiguration : IEntityTypeConfiguration<AmbassadorClickRecord>
{
    public void Configure(EntityTypeBuilder<AmbassadorClickRecord> click)
    {
        click.ToTable("ambassador_clicks");
        click.HasKey(c => c.Id);
        click.Property(c => c.Id).UseIdentityAlwaysColumn();
        click.HasIndex(c => c.AmbassadorId);
        click.HasOne<AmbassadorRecord>().WithMany().HasForeignKey(c => c.AmbassadorId).OnDelete(DeleteBehavior.Cascade);
    }
}
