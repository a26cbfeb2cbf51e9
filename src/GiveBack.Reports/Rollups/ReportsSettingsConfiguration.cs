using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Reports.Rollups;

internal sealed class ReportsSettingsConfiguration : IEntityTypeConfiguration<ReportsSettings>
{
    public void Configure(EntityTypeBuilder<ReportsSettings> settings)
    {
        settings.ToTable("reports_settings", t =>
        {
            t.HasCheckConstraint("ck_reports_settings_one_row", "id = 1");
            t.HasCheckConstraint("ck_reports_settings_fiscal_year_start_month", "fiscal_year_start_month BETWEEN 1 AND 12");
        });
        settings.HasKey(s => s.Id);
        settings.Property(s => s.Id).ValueGeneratedNever();
    }
}
