using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Scheduling.Runs;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> run)
    {
        run.ToTable("job_runs");
        run.HasKey(r => r.Id);
        run.Property(r => r.Id).UseIdentityAlwaysColumn();
        run.Property(r => r.Job).HasMaxLength(200);
        run.Property(r => r.FireInstanceId).HasMaxLength(200);
        run.Property(r => r.Instance).HasMaxLength(200);
        run.Property(r => r.Outcome).HasMaxLength(32);
        run.HasIndex(r => new { r.Job, r.StartedAt });
    }
}
