using Npgsql;
using NpgsqlTypes;

namespace GiveBack.Reports.Benchmarks;

/// <summary>
/// Binary COPY straight into the migrated tables. Secondary indexes are dropped for the load and rebuilt after it
/// (from their own definitions in pg_indexes), which is several times faster than maintaining them row by row.
/// </summary>
internal static class BulkLoader
{
    private const string LedgerColumns =
        "id, kind, donor_id, campaign_id, amount, currency, received_on, recorded_at, method, fund, anonymous, class_year, reverses_entry_id, reason, source";

    public static async Task<List<string>> DropSecondaryIndexesAsync(NpgsqlConnection connection)
    {
        var definitions = new List<(string Name, string Definition)>();
        await using (var command = new NpgsqlCommand(
            """
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = 'public' AND i.tablename IN ('ledger_entries', 'donors')
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                definitions.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in definitions)
        {
            await ExecuteAsync(connection, $"DROP INDEX \"{name}\"");
        }

        return [.. definitions.Select(d => d.Definition)];
    }

    public static async Task LoadAsync(NpgsqlConnection connection, DataGenerator generator, GeneratedDonor[] donors, LedgerRow[] ledger)
    {
        await ExecuteAsync(connection, "TRUNCATE ledger_entries, donors, campaigns");
        foreach (var campaign in generator.Campaigns)
        {
            await ExecuteAsync(connection,
                $"INSERT INTO campaigns (id, name, slug, currency, goal_amount, starts_on, ends_on, created_at) VALUES ('{campaign}', 'Campaign {campaign}', 'c-{campaign}', 'USD', 100000000, '2000-01-01', '2099-12-31', now())");
        }

        await using (var importer = await connection.BeginBinaryImportAsync(
            "COPY donors (id, first_name, last_name, email, class_year, created_at, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var d in donors)
            {
                await importer.StartRowAsync();
                await importer.WriteAsync(d.Id, NpgsqlDbType.Uuid);
                await importer.WriteAsync(d.FirstName, NpgsqlDbType.Varchar);
                await importer.WriteAsync(d.LastName, NpgsqlDbType.Varchar);
                await importer.WriteAsync($"{d.Id:N}@example.org", NpgsqlDbType.Varchar);
                await WriteNullableAsync(importer, d.ClassYear, NpgsqlDbType.Integer);
                await importer.WriteAsync(d.CreatedAt, NpgsqlDbType.TimestampTz);
                await importer.WriteAsync(d.CreatedAt, NpgsqlDbType.TimestampTz);
            }

            await importer.CompleteAsync();
        }

        await using (var importer = await connection.BeginBinaryImportAsync($"COPY ledger_entries ({LedgerColumns}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in ledger)
            {
                var reversal = row.Reverses is not null;
                await importer.StartRowAsync();
                await importer.WriteAsync(row.Id, NpgsqlDbType.Uuid);
                await importer.WriteAsync(reversal ? "reversal" : "gift", NpgsqlDbType.Varchar);
                await importer.WriteAsync(row.DonorId, NpgsqlDbType.Uuid);
                await importer.WriteAsync(row.CampaignId, NpgsqlDbType.Uuid);
                await importer.WriteAsync(row.Amount, NpgsqlDbType.Bigint);
                await importer.WriteAsync(row.Currency, NpgsqlDbType.Char);
                await importer.WriteAsync(row.ReceivedOn, NpgsqlDbType.Date);
                await importer.WriteAsync(new DateTimeOffset(row.ReceivedOn.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), NpgsqlDbType.TimestampTz);
                await importer.WriteAsync("cheque", NpgsqlDbType.Varchar);
                await importer.WriteNullAsync();
                await importer.WriteAsync(false, NpgsqlDbType.Boolean);
                await WriteNullableAsync(importer, row.ClassYear, NpgsqlDbType.Integer);
                if (reversal)
                {
                    await importer.WriteAsync(row.Reverses!.Value, NpgsqlDbType.Uuid);
                    await importer.WriteAsync("refund", NpgsqlDbType.Varchar);
                }
                else
                {
                    await importer.WriteNullAsync();
                    await importer.WriteNullAsync();
                }

                await importer.WriteAsync("offline", NpgsqlDbType.Varchar);
            }

            await importer.CompleteAsync();
        }
    }

    public static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter importer, int? value, NpgsqlDbType type)
    {
        if (value is { } v)
        {
            await importer.WriteAsync(v, type);
        }
        else
        {
            await importer.WriteNullAsync();
        }
    }
}
