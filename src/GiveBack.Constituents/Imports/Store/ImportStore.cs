using GiveBack.Domain.Paging;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GiveBack.Constituents.Imports.Store;

/// <summary>
/// The imports' tables: a run and its file are stored together when a file is uploaded; a worker claims a run (any host,
/// one at a time per run), commits its progress chunk by chunk and finishes it.
/// </summary>
public sealed class ImportStore(NpgsqlDataSource dataSource, IDbContextFactory<ConstituentsDbContext> contexts, TimeProvider clock)
{
    /// <summary>At most this many row problems are kept per import: enough to fix a file, bounded for a file that is all wrong.</summary>
    public const int MaxProblems = 10_000;

    public async Task CreateAsync(ImportRunRecord run, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = new NpgsqlCommand(
            """
            INSERT INTO import_runs (id, file_name, mapping, date_locale, dry_run, status, processed_rows, imported_rows, skipped_rows, created_by, created_at)
            VALUES (@id, @file, @mapping, @locale, @dry, @status, 0, 0, 0, @by, @at)
            """, connection, transaction))
        {
            insert.Parameters.AddWithValue("id", run.Id);
            insert.Parameters.AddWithValue("file", run.FileName);
            insert.Parameters.AddWithValue("mapping", run.Mapping);
            insert.Parameters.AddWithValue("locale", (object?)run.DateLocale ?? DBNull.Value);
            insert.Parameters.AddWithValue("dry", run.DryRun);
            insert.Parameters.AddWithValue("status", ImportStatuses.Queued);
            insert.Parameters.AddWithValue("by", (object?)run.CreatedBy ?? DBNull.Value);
            insert.Parameters.AddWithValue("at", run.CreatedAt);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await ImportFiles.WriteAsync(connection, transaction, run.Id, content, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Takes the oldest run that is queued, or running under a lapsed lease (its worker died: it resumes from its
    /// checkpoint). SKIP LOCKED lets the workers of several hosts claim different runs at once.
    /// </summary>
    public async Task<ImportRunRecord?> ClaimNextAsync(TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var claim = new NpgsqlCommand(
            """
            UPDATE import_runs SET status = 'running', lease_until = @lease, started_at = coalesce(started_at, @now)
            WHERE id = (SELECT id FROM import_runs
                        WHERE status = 'queued' OR (status = 'running' AND lease_until < @now)
                        ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id
            """, connection);
        claim.Parameters.AddWithValue("lease", now + lease);
        claim.Parameters.AddWithValue("now", now);
        return await claim.ExecuteScalarAsync(cancellationToken) is Guid id ? await FindAsync(id, cancellationToken) : null;
    }

    public async Task<ImportRunRecord?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<ImportRunRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
    }

    public async Task<Page<ImportRunRecord>> ListAsync(int offset, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runs = db.Set<ImportRunRecord>().AsNoTracking();
        var items = await runs.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id).Skip(offset).Take(limit).ToListAsync(cancellationToken);
        return new Page<ImportRunRecord>(items, await runs.CountAsync(cancellationToken), offset, limit);
    }

    public async Task<IReadOnlyList<RowProblem>> ProblemsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<ImportRowErrorRecord>().AsNoTracking()
            .Where(e => e.ImportId == id).OrderBy(e => e.Row).ThenBy(e => e.Id)
            .Select(e => new RowProblem(e.Row, e.Column, e.Value, e.Message))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Which of <paramref name="keys"/> were booked by an earlier import (or an earlier attempt of this one): one query per chunk.</summary>
    public async Task<HashSet<string>> BookedAmongAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var query = new NpgsqlCommand("SELECT row_key FROM imported_rows WHERE row_key = ANY(@keys)", connection);
        query.Parameters.AddWithValue("keys", keys.ToArray());
        var found = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(reader.GetString(0));
        }

        return found;
    }

    public async Task SetTotalAsync(Guid id, int totalRows, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("UPDATE import_runs SET total_rows = @total WHERE id = @id", cancellationToken, ("id", id), ("total", totalRows));

    /// <summary>Commits a chunk: its problems, its booked keys and the new checkpoint in one transaction, and renews the lease.</summary>
    public async Task CommitChunkAsync(Guid id, ChunkProgress chunk, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (chunk.Problems.Count > 0)
        {
            await using var errors = new NpgsqlCommand(
                """
                INSERT INTO import_row_errors (import_id, row, "column", value, message)
                SELECT @id, r, c, v, m FROM unnest(@rows, @columns, @values, @messages) AS e(r, c, v, m)
                WHERE (SELECT count(*) FROM import_row_errors WHERE import_id = @id) < @max
                """, connection, transaction);
            errors.Parameters.AddWithValue("id", id);
            errors.Parameters.AddWithValue("rows", chunk.Problems.Select(p => p.Row).ToArray());
            errors.Parameters.AddWithValue("columns", chunk.Problems.Select(p => Clip(p.Column, 200)).ToArray());
            errors.Parameters.AddWithValue("values", chunk.Problems.Select(p => Clip(p.Value, 500)).ToArray());
            errors.Parameters.AddWithValue("messages", chunk.Problems.Select(p => Clip(p.Message, 500)).ToArray());
            errors.Parameters.AddWithValue("max", (long)MaxProblems);
            await errors.ExecuteNonQueryAsync(cancellationToken);
        }

        if (chunk.BookedKeys.Count > 0)
        {
            await using var keys = new NpgsqlCommand(
                "INSERT INTO imported_rows (row_key, import_id, imported_at) SELECT k, @id, @now FROM unnest(@keys) AS k ON CONFLICT DO NOTHING",
                connection, transaction);
            keys.Parameters.AddWithValue("id", id);
            keys.Parameters.AddWithValue("now", now);
            keys.Parameters.AddWithValue("keys", chunk.BookedKeys.ToArray());
            await keys.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var progress = new NpgsqlCommand(
            """
            UPDATE import_runs SET processed_rows = @processed, imported_rows = imported_rows + @imported,
                skipped_rows = skipped_rows + @skipped, lease_until = @lease
            WHERE id = @id
            """, connection, transaction))
        {
            progress.Parameters.AddWithValue("id", id);
            progress.Parameters.AddWithValue("processed", chunk.ProcessedRows);
            progress.Parameters.AddWithValue("imported", chunk.Imported);
            progress.Parameters.AddWithValue("skipped", chunk.Skipped);
            progress.Parameters.AddWithValue("lease", now + lease);
            await progress.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task FinishAsync(Guid id, string status, string? failure, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(
            "UPDATE import_runs SET status = @status, failure = @failure, finished_at = @now, lease_until = NULL WHERE id = @id",
            cancellationToken,
            ("id", id), ("status", status), ("failure", failure is null ? DBNull.Value : Clip(failure, 2000)), ("now", clock.GetUtcNow()));

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
