using Npgsql;

namespace GiveBack.Testing;

/// <summary>
/// Makes some inserts fail inside PostgreSQL, in a test's own throwaway database: a <c>BEFORE INSERT</c> trigger that
/// raises for the rows a condition selects, dropped again on dispose. Nothing of the product is replaced: its code runs
/// unchanged and its write genuinely fails in the database, as it would on a lost connection, a full disk or a
/// failover, so a test sees exactly what the product does with a failed write and with the client's retry. Scoping
/// the condition to the test's own rows (e.g. its pledge id) leaves other tests on the same database untouched.
/// </summary>
public sealed class DatabaseFault : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly string _table;
    private readonly string _name;

    private DatabaseFault(string connectionString, string table, string name)
    {
        _connectionString = connectionString;
        _table = table;
        _name = name;
    }

    /// <summary>Refuses inserts into <paramref name="table"/> of rows for which <paramref name="condition"/>, a trigger
    /// <c>WHEN</c> condition on <c>NEW</c> such as <c>NEW.pledge_id = '…'</c>, holds.</summary>
    public static async Task<DatabaseFault> FailInsertsAsync(string connectionString, string table, string condition)
    {
        var fault = new DatabaseFault(connectionString, table, $"test_fault_{Guid.NewGuid():N}");
        await fault.ExecuteAsync(
            $"""
            CREATE FUNCTION {fault._name}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'injected by a test: insert into % refused', TG_TABLE_NAME;
            END $$;
            CREATE TRIGGER {fault._name} BEFORE INSERT ON {table} FOR EACH ROW WHEN ({condition}) EXECUTE FUNCTION {fault._name}();
            """);
        return fault;
    }

    public async ValueTask DisposeAsync() =>
        await ExecuteAsync($"DROP TRIGGER IF EXISTS {_name} ON {_table}; DROP FUNCTION IF EXISTS {_name}();");

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
