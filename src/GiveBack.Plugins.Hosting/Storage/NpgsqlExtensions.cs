using Npgsql;

namespace GiveBack.Plugins.Hosting.Storage;

internal static class NpgsqlExtensions
{
    public static NpgsqlCommand With(this NpgsqlCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public static T? GetNullable<T>(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? default : reader.GetFieldValue<T>(ordinal);

    public static async Task<int> ExecuteAsync(
        this NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.With(name, value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
