using GiveBack.LoadHarness.Api;
using GiveBack.LoadHarness.Phases;

namespace GiveBack.LoadHarness.Ceilings;

/// <summary>
/// The same host's cheapest answer: anonymous <c>GET /health/live</c> (no checks run), driven by the same client at
/// the hold's callers for the ceiling's seconds. What the host can do per request when the gift path costs nothing.
/// </summary>
internal static class TrivialEndpointCeiling
{
    public const string Path = "/health/live";

    public static async Task<PhaseFigures> MeasureAsync(GiveBackClient client, HarnessOptions options, TextWriter log, CancellationToken stop)
    {
        var store = new OutcomeStore();
        var spec = new PhaseSpec($"ceiling: GET {Path}", options.Concurrency, null, TimeSpan.FromSeconds(options.CeilingSeconds), Measured: false);
        var elapsed = await PhaseRunner.RunAsync(spec, 0, store, (_, ct) => client.GetAsync(Path, ct), log, stop);
        return PhaseStatistics.Of(spec.Name, spec.Concurrency, store.Slots(), elapsed);
    }
}
