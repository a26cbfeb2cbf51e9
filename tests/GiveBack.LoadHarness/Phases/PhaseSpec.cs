
namespace GiveBack.LoadHarness.Phases;

/// <summary>One phase: its callers and how long it lasts, by count (<paramref name="Count"/>) or by time.</summary>
internal sealed record PhaseSpec(string Name, int Concurrency, long? Count, TimeSpan? Duration, bool Measured)
{
    /// <summary>
    /// Count-based (no hold): a warm-up and the measured gifts. Phased: a warm-up, the ramp's steps rising toward the
    /// hold's callers, the hold, and the spike at several times them.
    /// </summary>
    public static IReadOnlyList<PhaseSpec> From(HarnessOptions options)
    {
        var phases = new List<PhaseSpec>();
        if (options.Warmup > 0)
        {
            phases.Add(new PhaseSpec("warm-up", options.Concurrency, options.Warmup, null, Measured: false));
        }

        if (options.HoldSeconds == 0)
        {
            phases.Add(new PhaseSpec("measured", options.Concurrency, options.Gifts, null, Measured: true));
            return phases;
        }

        for (var step = 1; step <= options.RampSteps; step++)
        {
            var callers = Math.Max(1, options.Concurrency * step / (options.RampSteps + 1));
            phases.Add(new PhaseSpec($"ramp {step}/{options.RampSteps}", callers, null, TimeSpan.FromSeconds(options.RampStepSeconds), Measured: true));
        }

        phases.Add(new PhaseSpec("hold", options.Concurrency, null, TimeSpan.FromSeconds(options.HoldSeconds), Measured: true));
        if (options.SpikeSeconds > 0)
        {
            phases.Add(new PhaseSpec("spike", options.Concurrency * options.SpikeFactor, null, TimeSpan.FromSeconds(options.SpikeSeconds), Measured: true));
        }

        return phases;
    }
}
