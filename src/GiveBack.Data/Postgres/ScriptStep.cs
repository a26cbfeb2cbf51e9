using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace GiveBack.Data.Postgres;

/// <summary>
/// A SQL script GiveBack does not own as EF migrations (the Orleans providers' tables and queries, Quartz's tables):
/// the vendors' own SQL. Its version is its content: it runs when <c>schema_scripts</c> has no row for its id with
/// the same SHA-256, so an unchanged script runs once per database and an edited one runs again (every such script
/// only creates what is missing, or upserts, so running it over an older version upgrades in place).
/// </summary>
internal sealed class ScriptStep(string id, string sql) : SchemaStep
{
    public override string Id => id;

    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));

    public override async Task ApplyAsync(NpgsqlConnection connection, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var recorded = new NpgsqlCommand("SELECT checksum FROM schema_scripts WHERE id = @id", connection, transaction))
        {
            recorded.Parameters.AddWithValue("id", id);
            if (await recorded.ExecuteScalarAsync(cancellationToken) is string checksum && checksum == Checksum)
            {
                return;
            }
        }

        await using (var script = new NpgsqlCommand(sql, connection, transaction))
        {
            await script.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var record = new NpgsqlCommand(
            """
            INSERT INTO schema_scripts (id, checksum, applied_at) VALUES (@id, @checksum, now())
            ON CONFLICT (id) DO UPDATE SET checksum = excluded.checksum, applied_at = excluded.applied_at
            """, connection, transaction))
        {
            record.Parameters.AddWithValue("id", id);
            record.Parameters.AddWithValue("checksum", Checksum);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
