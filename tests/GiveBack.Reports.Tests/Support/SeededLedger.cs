using GiveBack.Data.Postgres;
using GiveBack.Domain.Calendar;
using GiveBack.Domain.Idempotency;
using GiveBack.Ledger;
using GiveBack.Ledger.Campaigns;
using GiveBack.Ledger.Donors;
using GiveBack.Ledger.Gifts;
using GiveBack.Reports.Infrastructure;
using GiveBack.Reports.Lapsed;
using GiveBack.Reports.Participation;
using GiveBack.Reports.Retention;
using GiveBack.Reports.Rfm;
using GiveBack.Reports.Rollups;
using GiveBack.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace GiveBack.Reports.Tests.Support;

/// <summary>A fresh database per test class, migrated, holding <see cref="GivingData"/> written through the ledger's own writers.</summary>
public sealed class SeededLedger : IAsyncLifetime, IDisposable
{
    private TestDatabase? _database;
    private ReportsDatabase? _reports;

    public GivingData Data { get; } = new();

    public string ConnectionString => _database!.ConnectionString;

    public ReportsDatabase Reports => _reports!;

    public RetentionReport Retention(int firstMonth = FiscalCalendar.DefaultFirstMonth) => new(Reports, new FiscalCalendar(firstMonth));

    public LapsedDonorsReport Lapsed(int firstMonth = FiscalCalendar.DefaultFirstMonth) => new(Reports, new FiscalCalendar(firstMonth));

    public ParticipationReport Participation(int firstMonth = FiscalCalendar.DefaultFirstMonth) => new(Reports, new FiscalCalendar(firstMonth));

    public RfmReport Rfm() => new(Reports);

    public ReportRollups Rollups => new(Reports);

    /// <summary>
    /// Keeps the rollups under <paramref name="firstMonth"/>, as the product's start-up does for its configured month;
    /// the fiscal-year reports refuse to run under any other. Tests in one class run one after another, so this holds.
    /// </summary>
    public Task UseFiscalYearStartAsync(int firstMonth) => Rollups.EnsureFiscalYearStartMonthAsync(firstMonth, CancellationToken.None);

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("reports");
        var options = new DbContextOptionsBuilder<GiveBackDbContext>().UseGiveBackNpgsql(_database.ConnectionString).Options;
        await using (var db = new GiveBackDbContext(options))
        {
            await db.Database.MigrateAsync();
        }

        await ReportsSchema.MigrateAsync(_database.ConnectionString);

        var contexts = new PooledDbContextFactory<GiveBackDbContext>(options);
        await SeedAsync(contexts);
        _reports = ReportsDatabase.Create(_database.ConnectionString, new ReportsOptions());
    }

    public async Task DisposeAsync()
    {
        if (_reports is not null)
        {
            await _reports.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    public void Dispose() => _reports?.Dispose();

    private async Task SeedAsync(IDbContextFactory<GiveBackDbContext> contexts)
    {
        var clock = TimeProvider.System;
        var campaigns = new CampaignDirectory(contexts);
        foreach (var (id, slug) in new[] { (GivingData.AnnualFund, "annual-fund"), (GivingData.GivingDay, "giving-day") })
        {
            await campaigns.SaveAsync(new CampaignRecord
            {
                Id = id, Name = slug, Slug = slug, Currency = "USD", GoalAmount = 1_000_000,
                StartsOn = new DateOnly(2018, 7, 1), EndsOn = new DateOnly(2026, 6, 30), CreatedAt = clock.GetUtcNow(),
            });
        }

        var donors = new DonorDirectory(contexts, clock);
        foreach (var d in Data.Donors)
        {
            await donors.SaveAsync(new DonorRecord
            {
                Id = d.Id, FirstName = d.FirstName, LastName = d.LastName, Email = d.Email, ClassYear = d.ClassYear,
                CreatedAt = clock.GetUtcNow(), UpdatedAt = clock.GetUtcNow(),
            });
        }

        var ledger = new GiftLedger(contexts, clock);
        var classYears = Data.Donors.ToDictionary(d => d.Id, d => d.ClassYear);
        foreach (var g in Data.Gifts)
        {
            var key = $"seed-{g.Id}";
            var written = await ledger.RecordGiftAsync(new NewGift(
                g.Id, g.DonorId, g.CampaignId, "Seeded campaign", g.Amount, g.Currency, g.ReceivedOn, "cheque", null, null, null, false,
                classYears[g.DonorId], key, key));
            Assert.Equal(WriteOutcome.Created, written.Outcome);
            if (g.Reversed)
            {
                var reversed = await ledger.ReverseAsync(g.Id, "returned cheque", ScopedKey.System($"reverse-{g.Id}"));
                Assert.Equal(WriteOutcome.Created, reversed.Outcome);
            }
        }
    }
}
