using Npgsql;

namespace GiveBack.FunctionalTests.Support;

/// <summary>
/// A test's own trigger on a test host's ledger: it refuses every gift whose amount carries a mark
/// (<c>amount % modulus = mark</c>), as a failing disk or a constraint would, so a test can put a database error in the
/// middle of a group-commit statement.
/// </summary>
public static class RefusingLedger
{
    public static Task RefuseMarkedGiftsAsync(string connectionString, int modulus, int mark) =>
        ExecuteAsync(connectionString, $"""
            CREATE FUNCTION test_refuse_marked_gift() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'refused by the test: amount %', NEW.amount; END $$;
            CREATE TRIGGER test_refuse_marked_gift BEFORE INSERT ON ledger_entries FOR EACH ROW
                WHEN (NEW.amount % {modulus} = {mark}) EXECUTE FUNCTION test_refuse_marked_gift();
            """);

    public static Task TakeEveryGiftAsync(string connectionString) =>
        ExecuteAsync(connectionString, "DROP TRIGGER test_refuse_marked_gift ON ledger_entries");

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
