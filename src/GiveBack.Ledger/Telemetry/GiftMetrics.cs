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
