using GiveBack.Pledges.Store;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Pledges;

/// <summary>
/// The pledges module's own tables: the append-only commitments (<c>pledge_commitments</c>), the pledges read model
/// (<c>pledges</c>) and their installments (<c>pledge_installments</c>). Same database, own migrations history
/// (<c>__pledges_migrations</c>). A campaign's name comes from the view giving publishes (<c>campaign_directory</c>), and
/// a pledge's outbox event goes through giving's outbox writer inside this context's transaction.
/// </summary>
public sealed class PledgesDbContext(DbContextOptions<PledgesDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__pledges_migrations";

    public DbSet<PledgeCommitment> PledgeCommitments => Set<PledgeCommitment>();

    public DbSet<PledgeRecord> Pledges => Set<PledgeRecord>();

    public DbSet<PledgeInstallmentRecord> PledgeInstallments => Set<PledgeInstallmentRecord>();

    public DbSet<CampaignName> CampaignNames => Set<CampaignName>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PledgesDbContext).Assembly);
}
