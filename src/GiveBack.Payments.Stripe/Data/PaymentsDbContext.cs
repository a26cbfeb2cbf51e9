using Microsoft.EntityFrameworkCore;

namespace GiveBack.Payments.Stripe.Data;

/// <summary>
/// Online giving's own tables, with their own migrations history (<c>__payments_migrations</c>), beside — never
/// inside — the ledger's schema. Money stays in the ledger; these tables hold Stripe's events and ids, monthly gifts
/// and receipt numbers.
/// </summary>
public sealed class PaymentsDbContext(DbContextOptions<PaymentsDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__payments_migrations";

    public DbSet<StripeEventRecord> Events => Set<StripeEventRecord>();

    public DbSet<CustomerLink> Customers => Set<CustomerLink>();

    public DbSet<PaymentRecord> Payments => Set<PaymentRecord>();

    public DbSet<RecurringGiftRecord> RecurringGifts => Set<RecurringGiftRecord>();

    public DbSet<RecurringChargeRecord> RecurringCharges => Set<RecurringChargeRecord>();

    public DbSet<ReceiptCounter> ReceiptCounters => Set<ReceiptCounter>();

    public DbSet<ReceiptRecord> Receipts => Set<ReceiptRecord>();

    public DbSet<LedgerFollower> LedgerFollowers => Set<LedgerFollower>();

    public DbSet<StatementRunRecord> StatementRuns => Set<StatementRunRecord>();

    public DbSet<StatementRecord> Statements => Set<StatementRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var events = modelBuilder.Entity<StripeEventRecord>();
        events.ToTable("stripe_events");
        events.HasKey(e => e.Id);
        events.Property(e => e.Id).HasMaxLength(255);
        events.Property(e => e.Type).HasMaxLength(100);
        events.Property(e => e.ApiVersion).HasMaxLength(64);
        events.HasIndex(e => e.NextAttemptAt).HasFilter("processed_at IS NULL AND parked_at IS NULL");
        events.HasIndex(e => e.ParkedAt).HasFilter("parked_at IS NOT NULL");
        // The retention job's scan: processed events that still hold a payload, oldest first.
        events.HasIndex(e => e.ProcessedAt).HasFilter("processed_at IS NOT NULL AND payload IS NOT NULL");

        var customers = modelBuilder.Entity<CustomerLink>();
        customers.ToTable("stripe_customers");
        customers.HasKey(c => c.CustomerId);
        customers.Property(c => c.CustomerId).HasMaxLength(255);
        customers.HasIndex(c => c.DonorId);

        var payments = modelBuilder.Entity<PaymentRecord>();
        payments.ToTable("stripe_payments");
        payments.HasKey(p => p.Key);
        payments.Property(p => p.Key).HasMaxLength(255);
        payments.Property(p => p.PaymentIntentId).HasMaxLength(255);
        payments.Property(p => p.ChargeId).HasMaxLength(255);
        payments.Property(p => p.BalanceTransactionId).HasMaxLength(255);
        payments.Property(p => p.Status).HasMaxLength(32);
        payments.Property(p => p.Currency).HasMaxLength(3);
        payments.HasIndex(p => p.PaymentIntentId);
        payments.HasIndex(p => p.ChargeId);
        payments.HasIndex(p => p.BalanceTransactionId);
        payments.HasIndex(p => p.GiftId);

        var recurring = modelBuilder.Entity<RecurringGiftRecord>();
        recurring.ToTable("recurring_gifts");
        recurring.HasKey(r => r.Id);
        recurring.Property(r => r.SubscriptionId).HasMaxLength(255);
        recurring.Property(r => r.CustomerId).HasMaxLength(255);
        recurring.Property(r => r.Currency).HasMaxLength(3);
        recurring.Property(r => r.Status).HasMaxLength(32);
        recurring.Property(r => r.Fund).HasMaxLength(200);
        recurring.Property(r => r.TributeType).HasMaxLength(16);
        recurring.Property(r => r.TributeName).HasMaxLength(200);
        recurring.Property(r => r.Locale).HasMaxLength(8);
        recurring.HasIndex(r => r.SubscriptionId).IsUnique();
        recurring.HasIndex(r => r.Status);
        // The donor page's timeline reads a donor's monthly gifts.
        recurring.HasIndex(r => r.DonorId);

        var charges = modelBuilder.Entity<RecurringChargeRecord>();
        charges.ToTable("recurring_gift_charges");
        charges.HasKey(c => new { c.InvoiceId, c.Outcome });
        charges.Property(c => c.InvoiceId).HasMaxLength(255);
        charges.Property(c => c.Outcome).HasMaxLength(16);
        charges.HasIndex(c => c.RecurringGiftId);

        var counters = modelBuilder.Entity<ReceiptCounter>();
        counters.ToTable("receipt_counters");
        counters.HasKey(c => c.FiscalYear);
        counters.Property(c => c.FiscalYear).ValueGeneratedNever();

        var receipts = modelBuilder.Entity<ReceiptRecord>();
        receipts.ToTable("receipts");
        receipts.HasKey(r => r.GiftId);
        receipts.Property(r => r.Number).HasMaxLength(32);
        receipts.HasIndex(r => new { r.FiscalYear, r.Sequence }).IsUnique();
        receipts.HasIndex(r => r.Number).IsUnique();
        receipts.Property(r => r.PaymentKey).HasMaxLength(255);
        receipts.Property(r => r.Replaces).HasMaxLength(32);
        receipts.Property(r => r.ReplacedBy).HasMaxLength(32);
        receipts.Property(r => r.VoidReason).HasMaxLength(500);
        receipts.HasIndex(r => r.PaymentKey);

        var followers = modelBuilder.Entity<LedgerFollower>();
        followers.ToTable("ledger_followers");
        followers.HasKey(f => f.Name);
        followers.Property(f => f.Name).HasMaxLength(64);

        var runs = modelBuilder.Entity<StatementRunRecord>();
        runs.ToTable("statement_runs");
        runs.HasKey(r => r.Id);
        runs.Property(r => r.Status).HasMaxLength(16);
        runs.Property(r => r.RequestedBy).HasMaxLength(256);
        runs.Property(r => r.Error).HasMaxLength(1000);
        // The job's look for runs to do, and the year-end schedule's "is this year's run there".
        runs.HasIndex(r => r.Status).HasFilter("status <> 'completed'");
        runs.HasIndex(r => new { r.PeriodFrom, r.PeriodTo });

        var statements = modelBuilder.Entity<StatementRecord>();
        statements.ToTable("statements");
        // One statement per donor and period, whatever runs ask for it.
        statements.HasKey(s => new { s.DonorId, s.PeriodFrom, s.PeriodTo });
        statements.HasIndex(s => s.RunId);
    }
}
