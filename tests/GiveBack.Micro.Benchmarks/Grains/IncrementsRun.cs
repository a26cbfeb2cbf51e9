using System.Diagnostics;
using System.Globalization;
using GiveBack.Domain.Giving;
using GiveBack.Giving.Campaigns;
using GiveBack.Grains.Abstractions.Campaigns;

namespace GiveBack.Micro.Benchmarks.Grains;

/// <summary>
/// <c>--increments N</c>: N facts applied to ONE campaign grain from inside the product's silo, <c>--window</c> calls in
/// flight, timed from the first call to the last answer; then the grain's totals (raised, gifts, donors) must equal
/// the sums of the facts sent. Twice, each on a campaign of its own: one grain call per fact, and through
/// <see cref="CampaignFactFeed"/> as the gift path applies them (a call per batch of whatever arrived while the
/// previous call was in flight). Exit code 0 when every total agrees, 1 when one does not.
/// </summary>
internal static class IncrementsRun
{
    public static async Task<int> RunAsync(int count, int window, TextWriter output)
    {
        await using var silo = await BenchmarkSilo.StartAsync();
        var directId = await silo.CreateCampaignAsync();
        var direct = await MeasureAsync(
            silo, "one grain call per fact", directId, silo.Grains.GetGrain<ICampaignGrain>(directId).ApplyAsync, count, window, output);
        var feed = new CampaignFactFeed(silo.Grains);
        var fed = await MeasureAsync(silo, "CampaignFactFeed, the gift path", await silo.CreateCampaignAsync(), feed.ApplyAsync, count, window, output);
        return direct && fed ? 0 : 1;
    }

    private static async Task<bool> MeasureAsync(
        BenchmarkSilo silo, string path, Guid campaignId, Func<LedgerFact, Task> apply, int count, int window, TextWriter output)
    {
        var campaign = silo.Grains.GetGrain<ICampaignGrain>(campaignId);
        // Built before the clock starts: the run times the grain, not the making of facts.
        var facts = new LedgerFact[count];
        for (var i = 0; i < count; i++)
        {
            facts[i] = SyntheticFacts.Fact(campaignId, i + 1);
        }

        var inFlight = new List<Task>(window);
        var clock = Stopwatch.StartNew();
        foreach (var fact in facts)
        {
            inFlight.Add(apply(fact));
            if (inFlight.Count == window)
            {
                await Task.WhenAll(inFlight);
                inFlight.Clear();
            }
        }

        await Task.WhenAll(inFlight);
        clock.Stop();

        var progress = (await campaign.GetAsync())!.Progress;
        var raised = facts.Sum(f => f.Amount);
        var donors = facts.Select(f => f.DonorId).Distinct().Count();
        var agrees = progress.RaisedAmount == raised && progress.GiftCount == count && progress.DonorCount == donors;
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(culture, $"{path}: {count:N0} facts into one campaign, {window:N0} in flight"));
        output.WriteLine(string.Create(culture, $"  elapsed:    {clock.Elapsed.TotalSeconds:F2} s"));
        output.WriteLine(string.Create(culture, $"  throughput: {count / clock.Elapsed.TotalSeconds:N0} increments/s"));
        output.WriteLine(string.Create(culture, $"  grain:      raised {progress.RaisedAmount:N0}, gifts {progress.GiftCount:N0}, donors {progress.DonorCount:N0}"));
        output.WriteLine(string.Create(culture, $"  sent:       raised {raised:N0}, gifts {count:N0}, donors {donors:N0}"));
        output.WriteLine(agrees ? "  check:      totals agree" : "  check:      TOTALS DIFFER");
        return agrees;
    }
}
