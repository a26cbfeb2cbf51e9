using GiveBack.Ledger.Batches;
using GiveBack.Ledger.Campaigns;
using GiveBack.Ledger.Consent;
using GiveBack.Ledger.Donors;
using GiveBack.Ledger.Gifts;
using GiveBack.Ledger.Outbox;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Ledger;

public sealed class GiveBackDbContext(DbContextOptions<GiveBackDbContext> options) : DbContext(options)
{
    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<DonorRecord> Donors => Set<DonorRecord>();

    public DbSet<CampaignRecord> Campaigns => Set<CampaignRecord>();

    public DbSet<PossibleDuplicateRecord> PossibleDuplicates => Set<PossibleDuplicateRecord>();

    public DbSet<DonorMergeRecord> DonorMerges => Set<DonorMergeRecord>();

    public DbSet<DonorConsentRecord> DonorConsents => Set<DonorConsentRecord>();

    public DbSet<GiftBatchRecord> GiftBatches => Set<GiftBatchRecord>();

    public DbSet<GiftBatchLineRecord> GiftBatchLines => Set<GiftBatchLineRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GiveBackDbContext).Assembly);
    }
}
