using GiveBack.Data.Postgres;
using GiveBack.Domain.Calendar;
using GiveBack.Domain.Idempotency;
using GiveBack.Ledger;
using GiveBack.Ledger.Campaigns;
using GiveBack.Ledger.Donors;
using GiveBack.Ledger.Gifts;
using GiveBack.Reports.Infrastructure;
using GiveBack.Reports.Retention;
using GiveBack.Reports.Rollups;
using GiveBack.Reports.Tests.Support;
using GiveBack.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace GiveBack.Reports.Tests;

/// <summary>
/// The rollup tables kept by the ledger trigger must always equal a recomputation from scratch (here: LINQ over the
/// gifts the test wrote through the ledger's own writer). A fresh database per test.
/// </summary>
public sealed class RollupTests : IAsyncLifetime, IDisposable
{
    private static readonly Guid Campaign = Guid.Parse("0b7f1a4e-0000-4000-8000-0000000000aa");
    private readonly List<TestGift> _gifts = [];
    private readonly List<Guid> _donors = [];
    private TestDatabase? _database;
    private ReportsDatabase? _reports;
    private GiftLedger? _ledger;

    private ReportRollups Rollups => new(_reports!);

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("rollups");
        var options = new DbContextOptionsBuilder<GiveBackDbContext>().UseGiveBackNpgsql(_database.ConnectionString).Options;
        await using (var db = new GiveBackDbContext(options))
        {
            await db.Database.MigrateAsync();
        }

        var contexts = new PooledDbContextFactory<GiveBackDbContext>(options);
        var now = TimeProvider.System.GetUtcNow();
        await new CampaignDirectory(contexts).SaveAsync(new CampaignRecord
        {
            Id = Campaign, Name = "fund", Slug = "fund", Currency = "USD", GoalAmount = 1_000_000,
            StartsOn = new DateOnly(2018, 7, 1), EndsOn = new DateOnly(2030, 6, 30), CreatedAt = now,
        });
        var donors = new DonorDirectory(contexts, TimeProvider.System);
        for (var i = 0; i < 6; i++)
        {
            var id = Guid.NewGuid();
            await donors.SaveAsync(new DonorRecord { Id = id, FirstName = $"D{i}", LastName = "Rollup", CreatedAt = now, UpdatedAt = now });
            _donors.Add(id);
        }

        _ledger = new GiftLedger(contexts, TimeProvider.System);
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

    [Fact]
    public async Task Rollups_equal_a_recomputation_after_gifts_and_reversals()
    {
        await ReportsSchema.MigrateAsync(_database!.ConnectionString);
        var (a, onlyGiftReversed, firstReversed, lastReversed) = (_donors[0], _donors[1], _donors[2], _donors[3]);
        await GiveAsync(a, new(2024, 6, 30), 1_000);
        await GiveAsync(a, new(2024, 7, 1), 2_000);
        await GiveAsync(a, new(2024, 12, 1), 3_000);
        await GiveAsync(a, new(2024, 12, 1), 500, "EUR");
        await ReverseAsync(await GiveAsync(onlyGiftReversed, new(2023, 3, 1), 50_000));
        var first = await GiveAsync(firstReversed, new(2020, 1, 1), 700);
        await GiveAsync(firstReversed, new(2022, 1, 1), 800);
        await GiveAsync(firstReversed, new(2025, 1, 1), 900);
        await ReverseAsync(first);
        await GiveAsync(lastReversed, new(2021, 5, 5), 100);
        await ReverseAsync(await GiveAsync(lastReversed, new(2026, 5, 5), 200));

        var actual = await RollupRows.ReadAsync(_database.ConnectionString);

        RollupRows.Expected(_gifts, 7).ShouldEqual(actual);
        Assert.DoesNotContain(actual.Totals, r => r.Donor == onlyGiftReversed);
        Assert.DoesNotContain(actual.Years, r => r.Donor == onlyGiftReversed);
        Assert.Contains(actual.Totals, r => r.Donor == firstReversed && r.First == new DateOnly(2022, 1, 1));
        Assert.Contains(actual.Totals, r => r.Donor == lastReversed && r.Last == new DateOnly(2021, 5, 5));
    }

    [Fact]
    public async Task A_fiscal_year_start_change_rebuilds_the_years_and_later_gifts_follow_the_new_start()
    {
        await ReportsSchema.MigrateAsync(_database!.ConnectionString);
        await GiveAsync(_donors[0], new(2024, 9, 30), 1_000);
        await GiveAsync(_donors[0], new(2024, 10, 1), 1_000);
        await ReverseAsync(await GiveAsync(_donors[1], new(2024, 10, 1), 4_000));

        Assert.True(await Rollups.EnsureFiscalYearStartMonthAsync(10, CancellationToken.None));
        RollupRows.Expected(_gifts, 10).ShouldEqual(await RollupRows.ReadAsync(_database.ConnectionString));
        Assert.Equal(10, await Rollups.GetFiscalYearStartMonthAsync(CancellationToken.None));

        await GiveAsync(_donors[0], new(2025, 9, 30), 5_000);
        await GiveAsync(_donors[2], new(2025, 10, 1), 6_000);
        await ReverseAsync(await GiveAsync(_donors[2], new(2025, 12, 1), 7_000));
        RollupRows.Expected(_gifts, 10).ShouldEqual(await RollupRows.ReadAsync(_database.ConnectionString));

        Assert.False(await Rollups.EnsureFiscalYearStartMonthAsync(10, CancellationToken.None));
        Assert.True(await Rollups.EnsureFiscalYearStartMonthAsync(1, CancellationToken.None));
        RollupRows.Expected(_gifts, 1).ShouldEqual(await RollupRows.ReadAsync(_database.ConnectionString));
    }

    [Fact]
    public async Task The_migration_backfills_the_gifts_already_in_the_ledger()
    {
        await GiveAsync(_donors[0], new(2019, 1, 1), 1_000);
        await GiveAsync(_donors[0], new(2024, 8, 1), 2_000);
        await ReverseAsync(await GiveAsync(_donors[1], new(2024, 8, 1), 3_000));
        await GiveAsync(_donors[2], new(2023, 8, 1), 4_000, "EUR");

        await ReportsSchema.MigrateAsync(_database!.ConnectionString);

        RollupRows.Expected(_gifts, 7).ShouldEqual(await RollupRows.ReadAsync(_database.ConnectionString));
        await GiveAsync(_donors[1], new(2025, 8, 1), 5_000);
        RollupRows.Expected(_gifts, 7).ShouldEqual(await RollupRows.ReadAsync(_database.ConnectionString));
    }

    [Fact]
    public async Task Concurrent_gifts_and_reversals_of_one_donor_are_each_counted_once()
    {
        await ReportsSchema.MigrateAsync(_database!.ConnectionString);
        var donor = _donors[4];
        var early = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => GiveAsync(donor, new DateOnly(2020, 1, 1).AddDays(i * 40), 100 + i)));
        var reversed = early.Where((_, i) => i % 3 == 0).ToList();

        await Task.WhenAll(
            reversed.Select(ReverseAsync)
                .Concat(Enumerable.Range(0, 30).Select(i => (Task)GiveAsync(donor, new DateOnly(2021, 6, 1).AddDays(i * 30), 1_000 + i))));

        RollupRows.Expected(_gifts, 7).ShouldEqual(await RollupRows.ReadAsync(_database.ConnectionString));
    }

    [Fact]
    public async Task A_fiscal_year_report_refuses_rollups_kept_under_another_start_month()
    {
        await ReportsSchema.MigrateAsync(_database!.ConnectionString);
        await GiveAsync(_donors[0], new(2024, 8, 1), 1_000);
        await Rollups.RebuildRollupsAsync(10, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new RetentionReport(_reports!, new FiscalCalendar(7)).RunAsync(2025, null, CancellationToken.None));
        var october = await new RetentionReport(_reports!, new FiscalCalendar(10)).RunAsync(2024, null, CancellationToken.None);
        Assert.Equal(1, october.Donors);
    }

    private async Task<TestGift> GiveAsync(Guid donor, DateOnly on, long amount, string currency = "USD")
    {
        var id = Guid.NewGuid();
        var key = $"rollup-{id}";
        var written = await _ledger!.RecordGiftAsync(new NewGift(
            id, donor, Campaign, "Rollup campaign", amount, currency, on, "cheque", null, null, null, false, null, key, key));
        Assert.Equal(WriteOutcome.Created, written.Outcome);
        var gift = new TestGift(0, id, donor, Campaign, amount, currency, on, Reversed: false);
        lock (_gifts)
        {
            _gifts.Add(gift);
        }

        return gift;
    }

    private async Task ReverseAsync(TestGift gift)
    {
        var reversed = await _ledger!.ReverseAsync(gift.Id, "returned", ScopedKey.System($"reverse-{gift.Id}"));
        Assert.Equal(WriteOutcome.Created, reversed.Outcome);
        lock (_gifts)
        {
            _gifts[_gifts.IndexOf(gift)] = gift with { Reversed = true };
        }
    }
}
