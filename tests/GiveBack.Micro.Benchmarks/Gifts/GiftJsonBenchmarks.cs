using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Web.Json;

namespace GiveBack.Micro.Benchmarks.Gifts;

/// <summary>
/// The gift endpoint's body read and answer written with the API's own JSON options (<see cref="ApiJson"/>), by the
/// reflection-based resolver alone (before) and with <see cref="GiftJsonContext"/> first in the chain, as the host
/// registers it (after).
/// </summary>
[MemoryDiagnoser]
public class GiftJsonBenchmarks
{
    private JsonSerializerOptions _options = null!;
    private GiftResponse _response = null!;

    [Params(false, true)]
    public bool SourceGenerated { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // What ASP.NET Core's JsonOptions start from, then the API's settings, then (after) the gift path's context.
        _options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        ApiJson.Configure(_options);
        if (SourceGenerated)
        {
            _options.TypeInfoResolverChain.Insert(0, GiftJsonContext.Default);
        }

        _options.MakeReadOnly();
        _response = GiftResponse.From(GiftSamples.Entry);
    }

    [Benchmark]
    public GiftRequest? ReadRequest() => JsonSerializer.Deserialize<GiftRequest>(GiftSamples.RequestBody, _options);

    [Benchmark]
    public byte[] WriteResponse() => JsonSerializer.SerializeToUtf8Bytes(_response, _options);
}
