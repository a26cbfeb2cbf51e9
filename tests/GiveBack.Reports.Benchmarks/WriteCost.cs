using System.Diagnostics;
using GiveBack.Data.Postgres;
using GiveBack.Ledger;
using GiveBack.Ledger.Gifts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace GiveBack.Reports.Benchmarks;

/// <summary>
/// What the rollup trigger costs the gift path: single-row gifts booked through <see cref="GiftLedger.RecordGiftAsync"/>
/// (group-committed, as the API books them) at a fixed concurrency, with the trigger enabled and disabled in
/// alternating rounds. The rounds without the trigger leave the rollups stale, so the caller rebuilds them afterwards.
/// </summary>
internal static class WriteCost
{
    public static async Task<(double WithTrigger, double WithoutTrigger)> MeasureAsync(
        string connectionString, Guid campaign, int giftsPerRound, int concurrency, int rounds)
    {
        var options = new DbContextOptionsBuilder<GiveBackDbContext>().UseGiveBackNpgsql(connectionString).Options;
        var ledger = new GiftLedger(new PooledDbContextFactory<GiveBackDbContext>(options), TimeProvider.System);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var donors = await SampleDonorsAsync(connection);

        var withTrigger = new List<double>();
        var withoutTrigger = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var enabled in new[] { true, false })
            {
                await BulkLoader.ExecuteAsync(connection, $"ALTER TABLE ledger_entries {(enabled ? "ENABLE" : "DISABLE")} TRIGGER reports_rollups");
                var rate = await RoundAsync(ledger, donors, campaign, giftsPerRound, concurrency, round);
                (enabled ? withTrigger : withoutTrigger).Add(rate);
                Console.WriteLine($"  round {round + 1}, trigger {(enabled ? "on " : "off")}: {rate:N0} gifts/s");
            }
        }

        await BulkLoader.ExecuteAsync(connection, "ALTER TABLE ledger_entries ENABLE TRIGGER reports_rollups");
        withTrigger.Sort();
        withoutTrigger.Sort();
        return (withTrigger[withTrigger.Count / 2], withoutTrigger[withoutTrigger.Count / 2]);
    }

    private static async Task<double> RoundAsync(
        GiftLedger ledger, Guid[] donors, Guid campaign, int gifts, int concurrency, int round)
    {
        var next = -1;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < gifts)
            {
                var donor = donors[Random.Shared.Next(donors.Length)];
                var key = $"write-cost-{Guid.NewGuid():N}";
                var written = await ledger.RecordGiftAsync(new NewGift(
                    Guid.CreateVersion7(), donor, campaign, "Benchmark", 1_000 + (i % 50) * 100, "USD", today.AddDays(-(i % 365)), "cheque",
                    null, null, null, false, null, key, key));
                if (written.Outcome != WriteOutcome.Created)
                {
                    throw new InvalidOperationException($"Gift {i} of round {round}: {written.Outcome}.");
                }
            }
        }));
        return gifts / clock.Elapsed.TotalSeconds;
    }

    private static async Task<Guid[]> SampleDonorsAsync(NpgsqlConnection connection)
    {
        var donors = new List<Guid>();
        await using var command = new NpgsqlCommand("SELECT id FROM donors TABLESAMPLE SYSTEM (10) LIMIT 100000", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            donors.Add(reader.GetGuid(0));
        }

        return [.. donors];
    }
}
