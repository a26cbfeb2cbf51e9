using System.Globalization;
using GiveBack.LoadHarness.Api;
using Npgsql;

namespace GiveBack.LoadHarness.Checks;

/// <summary>
/// The ledger itself (<c>ledger_entries</c>, read with <c>--db</c>) against the API: every acknowledged gift is there
/// exactly once by its idempotency key, with the gift id and amount it was acknowledged with; no gift the API refused
/// is there; and each campaign's ledger sum, row count and distinct donors equal its progress from the API.
/// </summary>
internal static class LedgerAgreement
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<IReadOnlyList<CheckResult>> CheckAsync(
        string connectionString, string keyPrefix, IReadOnlyList<GiftOutcome> gifts, Guid[] campaigns, ProgressSnapshot[] progress, CancellationToken stop)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(stop);
        var rows = await RowsByKeyAsync(connection, keyPrefix, stop);

        var acknowledged = gifts.Where(g => g.Acknowledged).ToArray();
        var missing = acknowledged.Count(g => !rows.ContainsKey(g.Key));
        var twice = rows.Count(r => r.Value.Count != 1);
        var differ = acknowledged.Count(g => rows.TryGetValue(g.Key, out var row) && (row.Id != g.GiftId || row.Amount != g.Amount));
        var refusedThere = gifts.Count(g => g.Status >= 400 && rows.ContainsKey(g.Key));
        var unknownThere = rows.Keys.Except(gifts.Select(g => g.Key)).Count();

        var ledgerOf = await CampaignFiguresAsync(connection, campaigns, stop);
        var wrong = campaigns.Select((id, c) => (id, c)).Where(x => ledgerOf.GetValueOrDefault(x.id) != progress[x.c])
            .Select(x => string.Create(Inv, $"campaign {x.id}: ledger {ledgerOf.GetValueOrDefault(x.id)} vs API {progress[x.c]}")).ToArray();

        return
        [
            new CheckResult(
                "every acknowledged gift in the ledger exactly once", missing == 0 && twice == 0 && differ == 0,
                string.Create(Inv, $"{acknowledged.Length} acknowledged, {rows.Count} keys in the ledger; {missing} missing, {twice} more than once, {differ} with another id or amount")),
            new CheckResult(
                "no refused gift in the ledger", refusedThere == 0 && unknownThere == 0,
                string.Create(Inv, $"{gifts.Count(g => g.Status >= 400)} refused, {refusedThere} of them in the ledger; {unknownThere} rows under keys the run never sent")),
            new CheckResult(
                "ledger per campaign = campaign progress", wrong.Length == 0,
                wrong.Length == 0 ? string.Create(Inv, $"{campaigns.Length} campaign(s) agree") : string.Join("; ", wrong.Take(5))),
        ];
    }

    private static async Task<Dictionary<string, (int Count, Guid Id, long Amount)>> RowsByKeyAsync(NpgsqlConnection connection, string keyPrefix, CancellationToken stop)
    {
        await using var command = new NpgsqlCommand(
            "SELECT idempotency_key, count(*)::int, min(id::text), sum(amount)::bigint FROM ledger_entries WHERE idempotency_key LIKE @prefix GROUP BY idempotency_key",
            connection);
        command.Parameters.AddWithValue("prefix", keyPrefix + "-%");
        var rows = new Dictionary<string, (int, Guid, long)>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(stop);
        while (await reader.ReadAsync(stop))
        {
            rows[reader.GetString(0)] = (reader.GetInt32(1), Guid.Parse(reader.GetString(2)), reader.GetInt64(3));
        }

        return rows;
    }

    public static async Task<Dictionary<Guid, ProgressSnapshot>> CampaignFiguresAsync(NpgsqlConnection connection, Guid[] campaigns, CancellationToken stop)
    {
        await using var command = new NpgsqlCommand(
            "SELECT campaign_id, sum(amount)::bigint, count(DISTINCT donor_id)::int, count(*) FILTER (WHERE kind = 'gift')::int FROM ledger_entries WHERE campaign_id = ANY(@campaigns) GROUP BY campaign_id",
            connection);
        command.Parameters.AddWithValue("campaigns", campaigns);
        var figures = new Dictionary<Guid, ProgressSnapshot>();
        await using var reader = await command.ExecuteReaderAsync(stop);
        while (await reader.ReadAsync(stop))
        {
            figures[reader.GetGuid(0)] = new ProgressSnapshot(reader.GetInt64(1), reader.GetInt32(2), reader.GetInt32(3));
        }

        return figures;
    }
}
