using GiveBack.Plugins.Hosting.Storage;
using GiveBack.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GiveBack.Plugins.Tests.Hosting;

/// <summary>
/// The plugin host's tables are EF migrations (<see cref="PluginsDbContext"/>) since they left the versioned script
/// <c>plugins/tables</c>: a database that script made is taken over with its rows, and the model stays in step with them.
/// </summary>
public sealed class PluginMigrationsTests
{
    [Fact]
    public async Task Migrating_a_database_the_old_script_made_keeps_its_rows_and_forgets_the_script()
    {
        await using var database = await TestDatabase.CreateAsync("gbplugmig");
        await ExecuteAsync(database, PluginScriptDdl.Tables);
        await ExecuteAsync(database, """
            CREATE TABLE schema_scripts (id text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL);
            INSERT INTO schema_scripts VALUES ('plugins/tables', 'old', now()), ('quartz/tables', 'kept', now());
            INSERT INTO plugin_settings (plugin_id, enabled, updated_at, consecutive_failures) VALUES ('Recorder', false, now(), 4);
            INSERT INTO plugin_dead_letters (plugin_id, outbox_id, event_type, attempts, failed_at)
            VALUES ('Recorder', 7, 'GiftRecorded', 3, now());
            """);

        await using (var db = Context(database))
        {
            await db.Database.MigrateAsync();
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }

        Assert.Equal(4, await ScalarAsync<int>(database, "SELECT consecutive_failures FROM plugin_settings WHERE plugin_id = 'Recorder' AND NOT enabled"));
        Assert.Equal(7L, await ScalarAsync<long>(database, "SELECT outbox_id FROM plugin_dead_letters WHERE id = 1"));
        // The identity carries on from the rows already there.
        Assert.Equal(2L, await ScalarAsync<long>(database, """
            INSERT INTO plugin_dead_letters (plugin_id, outbox_id, event_type, attempts, failed_at)
            VALUES ('Recorder', 8, 'GiftRecorded', 3, now()) RETURNING id
            """));
        Assert.Equal("quartz/tables", await ScalarAsync<string>(database, "SELECT string_agg(id, ',') FROM schema_scripts"));
    }

    [Fact]
    public async Task A_fresh_database_gets_every_plugin_table()
    {
        await using var database = await TestDatabase.CreateAsync("gbplugmig");

        await using (var db = Context(database))
        {
            await db.Database.MigrateAsync();
        }

        Assert.Equal(5L, await ScalarAsync<long>(database, """
            SELECT count(*) FROM pg_tables
            WHERE tablename IN ('plugin_settings', 'plugin_cursors', 'plugin_deliveries', 'plugin_dead_letters', 'plugin_external_ids')
            """));
    }

    [Fact]
    public async Task The_model_describes_the_very_tables_the_migration_makes()
    {
        // The migration's Up is the script's SQL, not EF's CreateTable: hold the model to what that SQL makes, by
        // comparing it with what EF would create from the model alone.
        await using var migrated = await TestDatabase.CreateAsync("gbplugmig");
        await using var modelled = await TestDatabase.CreateAsync("gbplugmig");
        await using (var db = Context(migrated))
        {
            await db.Database.MigrateAsync();
        }

        await using (var db = Context(modelled))
        {
            await ExecuteAsync(modelled, db.Database.GenerateCreateScript());
        }

        var expected = await SchemaAsync(modelled);
        Assert.Contains("plugin_deliveries_pending", expected);
        Assert.Equal(expected, await SchemaAsync(migrated));
    }

    [Fact]
    public void The_model_has_no_changes_missing_from_the_migrations()
    {
        var options = new DbContextOptionsBuilder<PluginsDbContext>();
        options.UsePluginsNpgsql("Host=127.0.0.1;Database=unused");
        using var db = new PluginsDbContext(options.Options);

        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration: dotnet ef migrations add <Name> --context PluginsDbContext");
    }

    private static PluginsDbContext Context(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<PluginsDbContext>();
        options.UsePluginsNpgsql(database.ConnectionString);
        return new PluginsDbContext(options.Options);
    }

    // Columns (type, nullability, default, identity), indexes and constraints of the plugin tables, one per line.
    private static Task<string> SchemaAsync(TestDatabase database) => ScalarAsync<string>(database, """
        SELECT string_agg(line, E'\n' ORDER BY line) FROM (
            SELECT format('%s.%s %s %s default %s identity %s', table_name, column_name, data_type, is_nullable,
                          column_default, identity_generation) AS line
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name LIKE 'plugin\_%'
            UNION ALL
            SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename LIKE 'plugin\_%'
            UNION ALL
            SELECT format('%s %s %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
            FROM pg_constraint WHERE conrelid::regclass::text LIKE 'plugin\_%') AS schema
        """);

    private static async Task ExecuteAsync(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
