using Npgsql;
using NpgsqlTypes;

namespace GiveBack.Constituents.Imports.Store;

/// <summary>Streams an upload into <c>import_files</c> and back out to a temporary file the worker reads (an .xlsx needs to seek).</summary>
public sealed class ImportFiles(NpgsqlDataSource dataSource)
{
    public static async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid importId, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = new NpgsqlCommand("INSERT INTO import_files (import_id, content) VALUES (@id, @content)", connection, transaction);
        command.Parameters.AddWithValue("id", importId);
        command.Parameters.Add(new NpgsqlParameter("content", NpgsqlDbType.Bytea) { Value = content });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Copies the file to a new temporary path; the caller deletes it.</summary>
    public async Task<string> CopyToTempAsync(Guid importId, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"giveback-import-{importId:N}-{Guid.NewGuid():N}");
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT content FROM import_files WHERE import_id = @id", connection);
        command.Parameters.AddWithValue("id", importId);
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException($"Import {importId} has no file.");
        }

        await using var source = await reader.GetStreamAsync(0, cancellationToken);
        await using var target = File.Create(path);
        await source.CopyToAsync(target, cancellationToken);
        return path;
    }
}
