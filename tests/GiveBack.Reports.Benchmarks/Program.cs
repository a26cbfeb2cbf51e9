using System.Diagnostics;
using System.Globalization;
using GiveBack.Data.Postgres;
using GiveBack.Domain.Calendar;
using GiveBack.Ledger;
using GiveBack.Reports;
using GiveBack.Reports.Benchmarks;
using GiveBack.Reports.Infrastructure;
using GiveBack.Reports.Lapsed;
using GiveBack.Reports.Participation;
using GiveBack.Reports.Retention;
using GiveBack.Reports.Rfm;
using GiveBack.Reports.Rollups;
using Microsoft.EntityFrameworkCore;
using Npgsql;

var arguments = BenchmarkArguments.Parse(args);
var calendar = new FiscalCalendar();
var today = DateOnly.FromDateTime(DateTime.UtcNow);
var generator = new DataGenerator(arguments, calendar, today);
await EnsureDatabaseAsync(arguments.Database);

await using (var db = new GiveBackDbContext(new DbContextOptionsBuilder<GiveBackDbContext>().UseGiveBackNpgsql(arguments.Database).Options))
{
    db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
    await db.Database.MigrateAsync();
}

var migration = Stopwatch.StartNew();
await ReportsSchema.MigrateAsync(arguments.Database);
Console.WriteLine($"Reports migrations (a first one backfills the rollups from the ledger) in {migration.Elapsed.TotalSeconds:F1} s.");
await using var reports = ReportsDatabase.Create(arguments.Database, new ReportsOptions());
var rollups = new ReportRollups(reports);

await using (var connection = new NpgsqlConnection(arguments.Database))
{
    await connection.OpenAsync();
    if (!arguments.Reuse)
    {
        var clock = Stopwatch.StartNew();
        var donors = generator.Donors();
        var ledger = generator.Ledger(donors);
        Console.WriteLine($"Generated {donors.Length:N0} donors and {ledger.Length:N0} ledger rows in memory in {clock.Elapsed.TotalSeconds:F1} s.");

        clock.Restart();
        var indexes = await BulkLoader.DropSecondaryIndexesAsync(connection);

        // Row by row, the trigger would dominate the load: COPY without it, then one rebuild of the rollups.
        await BulkLoader.ExecuteAsync(connection, "ALTER TABLE ledger_entries DISABLE TRIGGER reports_rollups");
        await BulkLoader.LoadAsync(connection, generator, donors, ledger);
        await BulkLoader.ExecuteAsync(connection, "ALTER TABLE ledger_entries ENABLE TRIGGER reports_rollups");
        Console.WriteLine($"COPY (binary) in {clock.Elapsed.TotalSeconds:F1} s.");

        clock.Restart();
        foreach (var index in indexes)
        {
            await BulkLoader.ExecuteAsync(connection, index);
        }

        Console.WriteLine($"Rebuilt {indexes.Count} existing indexes in {clock.Elapsed.TotalSeconds:F1} s.");
    }

    if (!arguments.Reuse || arguments.Rebuild)
    {
        var clock = Stopwatch.StartNew();
        await rollups.RebuildRollupsAsync(calendar.FirstMonth, CancellationToken.None);
        Console.WriteLine($"RebuildRollupsAsync in {clock.Elapsed.TotalSeconds:F1} s.");
    }

    if (arguments.Indexes)
    {
        var clock = Stopwatch.StartNew();
        foreach (var sql in ProposedIndexes.Sql)
        {
            await BulkLoader.ExecuteAsync(connection, sql);
        }

        Console.WriteLine($"Created the proposed report indexes in {clock.Elapsed.TotalSeconds:F1} s.");
    }

    var vacuum = Stopwatch.StartNew();
    await BulkLoader.ExecuteAsync(connection, "VACUUM (ANALYZE) ledger_entries");
    await BulkLoader.ExecuteAsync(connection, "VACUUM (ANALYZE) donors");
    await BulkLoader.ExecuteAsync(connection, "VACUUM (ANALYZE) donor_giving_totals");
    await BulkLoader.ExecuteAsync(connection, "VACUUM (ANALYZE) donor_fiscal_year_giving");
    Console.WriteLine($"VACUUM ANALYZE in {vacuum.Elapsed.TotalSeconds:F1} s.");
}

var year = generator.LastFiscalYear - 1;
var campaign = generator.Campaigns[0];
const int pageSize = 50;
ReportCase[] cases =
[
    new($"retention FY{year}", async ct => Describe(await new RetentionReport(reports, calendar).RunAsync(year, null, ct))),
    new($"lybunt FY{year} (page of 50)", async ct => $"{(await new LapsedDonorsReport(reports, calendar).RunAsync(LapseKind.Lybunt, year, null, 0, pageSize, ct)).Total:N0} donors"),
    new($"sybunt FY{year} (page of 50)", async ct => $"{(await new LapsedDonorsReport(reports, calendar).RunAsync(LapseKind.Sybunt, year, null, 0, pageSize, ct)).Total:N0} donors"),
    new($"participation FY{year}", async ct => Describe(await new ParticipationReport(reports, calendar).RunAsync(year, null, null, ct))),
    new($"participation FY{year} one campaign", async ct => Describe(await new ParticipationReport(reports, calendar).RunAsync(year, campaign, null, ct))),
    new("rfm (page of 50)", async ct => Describe(await new RfmReport(reports).RunAsync(null, null, 0, pageSize, ct))),
    new("rfm at-risk (page of 50)", async ct => $"{(await new RfmReport(reports).RunAsync("at-risk", null, 0, pageSize, ct)).Total:N0} donors"),
];

Console.WriteLine();
Console.WriteLine($"Reports over {arguments.Donors:N0} donors / {arguments.Gifts:N0} gifts (fiscal years FY{generator.FirstFiscalYear}-FY{generator.LastFiscalYear}, July start), {arguments.Runs} warm runs:");
Console.WriteLine();
Console.WriteLine("| report | cold (ms) | warm median (ms) | warm min-max (ms) | result |");
Console.WriteLine("| --- | ---: | ---: | ---: | --- |");
foreach (var report in cases)
{
    await DiscardAllAsync(reports);
    var (cold, result) = await TimeAsync(report);
    var warm = new List<double>();
    for (var i = 0; i < arguments.Runs; i++)
    {
        warm.Add((await TimeAsync(report)).Milliseconds);
    }

    warm.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {report.Name} | {cold:F0} | {warm[warm.Count / 2]:F0} | {warm[0]:F0}-{warm[^1]:F0} | {result} |"));
}

if (arguments.WriteCost > 0)
{
    Console.WriteLine();
    Console.WriteLine($"Write cost: {arguments.WriteCost:N0} gifts per round through GiftLedger.RecordGiftAsync at concurrency 16:");
    var (on, off) = await WriteCost.MeasureAsync(arguments.Database, campaign, arguments.WriteCost, concurrency: 16, rounds: 3);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Median: {on:N0} gifts/s with the rollup trigger, {off:N0} gifts/s without ({(1 - on / off):P0} fewer)."));
    var clock = Stopwatch.StartNew();
    await rollups.RebuildRollupsAsync(calendar.FirstMonth, CancellationToken.None);
    Console.WriteLine($"RebuildRollupsAsync (repairs the rounds without the trigger) in {clock.Elapsed.TotalSeconds:F1} s.");
}

static async Task<(double Milliseconds, string Result)> TimeAsync(ReportCase report)
{
    var clock = Stopwatch.StartNew();
    var result = await report.Run(CancellationToken.None);
    return (clock.Elapsed.TotalMilliseconds, result);
}

static async Task DiscardAllAsync(ReportsDatabase reports)
{
    await using var db = await reports.CreateContextAsync(CancellationToken.None);
    await db.Database.ExecuteSqlRawAsync("DISCARD ALL");
}

static async Task EnsureDatabaseAsync(string connectionString)
{
    var target = new NpgsqlConnectionStringBuilder(connectionString);
    var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
    await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
    await connection.OpenAsync();
    await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
    exists.Parameters.AddWithValue("name", target.Database!);
    if (await exists.ExecuteScalarAsync() is null)
    {
        await BulkLoader.ExecuteAsync(connection, $"CREATE DATABASE \"{target.Database!.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
    }
}

static string Describe(object? figures) => figures switch
{
    RetentionFigures r => string.Create(CultureInfo.InvariantCulture, $"{r.PriorYearDonors:N0} → {r.Donors:N0} donors, retained {r.Retained:N0} ({r.RetentionRate:P1})"),
    ParticipationFigures p => string.Create(CultureInfo.InvariantCulture, $"{p.AlumniDonors:N0} of {p.AlumniOfRecord:N0} alumni ({p.ParticipationRate:P1})"),
    RfmFigures f => string.Create(CultureInfo.InvariantCulture, $"{f.Donors:N0} donors scored"),
    _ => "-",
};
