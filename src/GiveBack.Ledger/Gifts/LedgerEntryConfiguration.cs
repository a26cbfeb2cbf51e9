using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Ledger.Gifts;

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> entry)
    {
        entry.ToTable("ledger_entries", table =>
        {
            table.HasCheckConstraint("ck_ledger_entries_kind", "kind IN ('gift', 'reversal')");
            table.HasCheckConstraint(
                "ck_ledger_entries_sign",
                "(kind = 'gift' AND amount > 0 AND reverses_entry_id IS NULL) OR (kind = 'reversal' AND amount < 0 AND reverses_entry_id IS NOT NULL)");
            table.HasCheckConstraint("ck_ledger_entries_currency", "currency ~ '^[A-Z]{3}$'");
        });
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).ValueGeneratedNever();
        entry.Property(e => e.Sequence).UseIdentityAlwaysColumn();
        entry.HasIndex(e => e.Sequence).IsUnique();
        entry.Property(e => e.TransactionId).HasDefaultValueSql("pg_current_xact_id()::text::bigint");
        entry.Property(e => e.Kind).HasMaxLength(16);
        entry.Property(e => e.Currency).HasMaxLength(3).IsFixedLength();
        entry.Property(e => e.Method).HasMaxLength(16);
        entry.Property(e => e.Fund).HasMaxLength(100);
        entry.Property(e => e.TributeType).HasMaxLength(16);
        entry.Property(e => e.TributeName).HasMaxLength(200);
        entry.Property(e => e.Reason).HasMaxLength(500);
        entry.Property(e => e.IdempotencyKey).HasMaxLength(255);
        entry.Property(e => e.RequestHash).HasMaxLength(64);
        entry.Property(e => e.Source).HasMaxLength(16);
        entry.Property(e => e.ExternalId).HasMaxLength(255);

        // Exactly-once in effect: a retried write meets one of these and finds the row it already made.
        entry.HasIndex(e => new { e.IdempotencyScope, e.IdempotencyKey }).IsUnique();
        entry.HasIndex(e => e.ExternalId).IsUnique();
        entry.HasIndex(e => e.ReversesEntryId).IsUnique();
        entry.HasOne<LedgerEntry>().WithMany().HasForeignKey(e => e.ReversesEntryId).OnDelete(DeleteBehavior.Restrict);

        entry.HasIndex(e => new { e.DonorId, e.ReceivedOn });
        // A campaign's facts in commit order, and a campaign grain's catch-up: the rows written since its last read.
        entry.HasIndex(e => new { e.CampaignId, e.TransactionId });
        entry.HasIndex(e => e.ReceivedOn);
        // The rows of the last minutes, re-applied to the grains when a host dies (GiftRecorder.ReapplyAsync). BRIN: rows
        // arrive in recorded order, so a few pages of summaries find them and an insert costs next to nothing.
        entry.HasIndex(e => e.RecordedAt).HasMethod("brin");
        // A follower of one source's rows (the offline receipt job): the rows written since its last read.
        entry.HasIndex(e => new { e.Source, e.TransactionId });
        entry.HasIndex(e => e.PledgeId).HasFilter("pledge_id IS NOT NULL");
        // An ambassador's figures: the few rows their link brought, never a scan of the campaign.
        entry.HasIndex(e => e.AmbassadorId).HasFilter("ambassador_id IS NOT NULL");
    }
}
