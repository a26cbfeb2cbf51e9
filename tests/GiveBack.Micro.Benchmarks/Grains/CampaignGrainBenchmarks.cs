using BenchmarkDotNet.Attributes;
using GiveBack.Domain.Giving;
using GiveBack.Grains.Abstractions.Campaigns;

namespace GiveBack.Micro.Benchmarks.Grains;

/// <summary>
/// The campaign grain's calls on the gift path, made inside the product's own silo (<see cref="BenchmarkSilo"/>): the
/// definition check every gift makes, a new fact applied (one call, awaited, so this is the round trip through the
/// grain's queue, not its throughput: see <c>--increments</c>), and a fact it has already counted (a retry).
/// Needs <c>--db</c>.
/// </summary>
[MemoryDiagnoser]
public class CampaignGrainBenchmarks
{
    private BenchmarkSilo _silo = null!;
    private ICampaignGrain _campaign = null!;
    private Guid _campaignId;
    private LedgerFact _counted = null!;
    private long _next;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _silo = await BenchmarkSilo.StartAsync();
        _campaignId = await _silo.CreateCampaignAsync();
        _campaign = _silo.Grains.GetGrain<ICampaignGrain>(_campaignId);
        _counted = SyntheticFacts.Fact(_campaignId, ++_next);
        await _campaign.ApplyAsync(_counted);
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _silo.DisposeAsync();

    [Benchmark]
    public Task<CampaignDefinition?> GetDefinition() => _campaign.GetDefinitionAsync();

    [Benchmark]
    public Task ApplyNewFact() => _campaign.ApplyAsync(SyntheticFacts.Fact(_campaignId, ++_next));

    [Benchmark]
    public Task ApplyCountedFact() => _campaign.ApplyAsync(_counted);
}
