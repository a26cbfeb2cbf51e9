using GiveBack.FunctionalTests.Support;
using GiveBack.LoadHarness;
using GiveBack.Testing.Host;
using Xunit.Abstractions;

namespace GiveBack.FunctionalTests.Scale;

/// <summary>
/// The load harness in-process against the real host on its own database, with a small load and a test trigger that
/// refuses every gift whose amount carries the harness's mark (<c>amount % 500 = 13</c>): only correctness is asserted
/// — every gift acknowledged but the marked ones, each marked one answered 5xx and absent from the ledger, every
/// acknowledged gift in the ledger once, campaign, donors and ledger agreeing, replays answered with the same gift, a
/// reused key with another body refused — and the run's plot is a PNG.
/// </summary>
public sealed class LoadHarnessSmokeTests(ITestOutputHelper output)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task A_small_run_with_refused_inserts_agrees_with_the_ledger_and_draws_its_plot()
    {
        await using var server = await GiveBackServer.StartAsync();
        await RefusingLedger.RefuseMarkedGiftsAsync(server.Database.ConnectionString, modulus: 500, mark: 13);
        var plot = Path.Combine(Path.GetTempPath(), $"giveback-load-{Guid.NewGuid():N}.png");
        var log = new StringWriter();
        var options = new HarnessOptions(
            server.BaseAddress, GiveBackServer.AdminKey, Donors: 50, Gifts: 500, Concurrency: 16, Campaigns: 1, Warmup: 0, Retries: 20,
            Seed: 7, MaxDuration: TimeSpan.FromMinutes(2), GivingDayRate: 0)
        {
            CeilingSeconds = 0,
            Database = server.Database.ConnectionString,
            PoisonEvery = 25,
            KeyReuses = 20,
            PlotPath = plot,
        };

        try
        {
            var report = await LoadRun.RunAsync(options, log, CancellationToken.None);
            output.WriteLine(log.ToString());

            Assert.True(report.Passed, log.ToString());
            Assert.Equal(500, report.Gifts.Count);
            var marked = report.Gifts.Where(g => g.Amount % 500 == 13).ToArray();
            Assert.Equal(20, marked.Length);
            Assert.All(marked, g => Assert.InRange(g.Status, 500, 599));
            Assert.All(report.Gifts.Except(marked), g => Assert.True(g.Acknowledged && g.GiftId is not null, $"{g.Key}: {g.Status}"));
            Assert.Contains(report.Checks, c => c.Name == "every acknowledged gift in the ledger exactly once" && c.Passed);
            Assert.Contains(report.Checks, c => c.Name == "no refused gift in the ledger" && c.Passed);
            Assert.Contains(report.Checks, c => c.Name == "same key with another body = 422" && c.Passed);

            var png = await File.ReadAllBytesAsync(plot);
            Assert.True(png.Length > PngSignature.Length, "the plot is empty");
            Assert.Equal(PngSignature, png[..PngSignature.Length]);
        }
        finally
        {
            File.Delete(plot);
        }
    }
}
