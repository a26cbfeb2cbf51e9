using BenchmarkDotNet.Attributes;
using GiveBack.Domain.Giving;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Giving.Gifts;
using GiveBack.Ledger.Gifts;
using GiveBack.Ledger.Outbox;
using GiveBack.Plugins.Abstractions.Events;
using GiveBack.Web.Problems;

namespace GiveBack.Micro.Benchmarks.Gifts;

/// <summary>
/// The per-gift mappings after validation: the request's fingerprint (stored beside its idempotency key), the stored
/// row to the API's answer and to the fact the grains apply, and the outbox row (the plugin event in its wire form).
/// </summary>
[MemoryDiagnoser]
public class GiftMappingBenchmarks
{
    private readonly LedgerEntry _entry = GiftSamples.Entry;
    private GiftCommand _command = null!;
    private GiftRecorded _recorded = null!;

    [GlobalSetup]
    public void Setup()
    {
        _command = GiftValidation.Validate(GiftSamples.Request, TimeProvider.System, new FieldErrors())
            ?? throw new InvalidOperationException("The sample gift does not validate.");
        var entry = _entry;
        _recorded = new GiftRecorded(
            entry.Id, entry.DonorId, entry.Amount, entry.Currency,
            new DateTimeOffset(entry.ReceivedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), entry.CampaignId,
            "Giving Day 2026", entry.Fund, entry.Method, entry.PledgeId, Recurring: false, entry.Source, entry.FeeAmount,
            entry.NetAmount, entry.Anonymous, entry.RecordedAt);
    }

    [Benchmark]
    public string CommandToRequestHash() => RequestHash.Of(_command);

    [Benchmark]
    public GiftResponse EntryToResponse() => GiftResponse.From(_entry);

    [Benchmark]
    public LedgerFact EntryToFact() => _entry.ToFact();

    [Benchmark]
    public OutboxMessage GiftRecordedToOutboxRow() => OutboxEvent.For(_recorded, _entry.RecordedAt);
}
