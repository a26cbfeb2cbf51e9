using BenchmarkDotNet.Attributes;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Giving.Gifts;
using GiveBack.Web.Problems;

namespace GiveBack.Micro.Benchmarks.Gifts;

/// <summary>
/// <c>GiftValidation.Validate</c>: the request checked and turned into the command (request → command), as the
/// endpoint does for every gift; and a refused request, whose problem lists every field's reason.
/// </summary>
[MemoryDiagnoser]
public class GiftValidationBenchmarks
{
    private static readonly GiftRequest Refused = GiftSamples.Request with { Amount = 0, Currency = "XYZ", Method = null };

    private readonly TimeProvider _clock = TimeProvider.System;

    [Benchmark(Baseline = true)]
    public GiftCommand? ValidGift() => GiftValidation.Validate(GiftSamples.Request, _clock, new FieldErrors());

    [Benchmark]
    public GiftCommand? RefusedGift() => GiftValidation.Validate(Refused, _clock, new FieldErrors());
}
