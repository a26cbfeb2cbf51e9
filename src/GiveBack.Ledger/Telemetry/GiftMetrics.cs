using System.Diagnostics.Metrics;
using GiveBack.Domain.Telemetry;

namespace GiveBack.Ledger.Telemetry;

/// <summary>
/// Gifts booked, counted in memory where the ledger commits a new row (never a replay of a key already used): no query
/// on the gift path. Amounts are summed per currency in minor units, as the ledger stores them; a dashboard divides.
/// </summary>
internal static class GiftMetrics
{
    private static readonly Counter<long> Booked = GiveBackTelemetry.Meter.CreateCounter<long>(
        "giveback.gifts.booked", "{gift}", "Gifts committed to the ledger (replays of a request are not counted).");

    private static readonly Counter<long> Amount = GiveBackTelemetry.Meter.CreateCounter<long>(
        "giveback.gifts.amount", "{minor_unit}", "Sum of the gifts committed to the ledger, in the currency's minor units.");

    private static readonly Histogram<int> BatchSize = GiveBackTelemetry.Meter.CreateHistogram<int>(
        "giveback.ledger.batch.size", "{gift}", "Gifts written by one group-commit statement.",
        advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64, 128, 256] });

    private static readonly Counter<long> BatchesRefused = GiveBackTelemetry.Meter.CreateCounter<long>(
        "giveback.ledger.batch.refused", "{statement}",
        "Group-commit statements the database refused (a row a trigger or constraint rejects); their gifts were then written one by one.");

    public static void RecordBatch(int gifts, bool refused)
    {
        BatchSize.Record(gifts);
        if (refused)
        {
            BatchesRefused.Add(1);
        }
    }

    public static void Record(string currency, string source, long amountMinor)
    {
        if (Booked.Enabled)
        {
            Booked.Add(1, new KeyValuePair<string, object?>("currency", currency), new KeyValuePair<string, object?>("source", source));
        }

        if (Amount.Enabled)
        {
            Amount.Add(amountMinor, new KeyValuePair<string, object?>("currency", currency));
        }
    }
}
