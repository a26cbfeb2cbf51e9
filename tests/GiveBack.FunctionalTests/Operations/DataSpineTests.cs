using System.Data.Common;
using GiveBack.Data.Postgres;
using GiveBack.Reports.Infrastructure;
using GiveBack.Testing.Host;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.Internal;

namespace GiveBack.FunctionalTests.Operations;

/// <summary>One data source, one migrator: each test starts its own hosts on its own empty database.</summary>
public sealed class DataSpineTests
{
    [Fact]
    public async Task Two_hosts_starting_together_on_an_empty_database_both_start_and_the_schema_is_applied_once()
    {
        var (first, second) = await GiveBackServer.StartTogetherAsync();
        await using (first)
        await using (second)
        {
            var donor = await Http.CreateDonorAsync(first.CreateClient());
            var other = await Http.CreateDonorAsync(second.CreateClient());
            Assert.NotEqual(donor.Id, other.Id);

            foreach (var context in DbContextTypes())
            {
                await using var db = CreateContext(first.Services, context);
                var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
                Assert.Equal(db.Database.GetMigrations(), applied);
            }

            Assert.Equal(ScriptIds(first.Services), (await RecordedScriptsAsync(first)).Select(r => r.Id).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task The_schema_scripts_table_records_each_versioned_step_once_and_a_restart_applies_none_again()
    {
        await using var server = await GiveBackServer.StartAsync();
        var expected = ScriptIds(server.Services);
        Assert.Contains("orleans/10-Membership", expected);
        Assert.Contains("quartz/tables", expected);

        var before = await RecordedScriptsAsync(server);
        Assert.Equal(expected, before.Select(r => r.Id));

        await server.RestartAsync();

        Assert.Equal(before, await RecordedScriptsAsync(server));
    }

    [Fact]
    public async Task Every_DbContext_and_Quartz_in_the_host_use_the_one_NpgsqlDataSource()
    {
        await using var server = await GiveBackServer.StartAsync();
        var dataSource = server.Services.GetRequiredService<NpgsqlDataSource>();
        Assert.Same(dataSource, server.Services.GetRequiredService<DbDataSource>());

        var contexts = DbContextTypes();
        Assert.Equal(14, contexts.Count); // with the giving days' own context
        foreach (var context in contexts)
        {
            await using var db = CreateContext(server.Services, context);
            // The data source a context was configured with is only exposed by the provider's options extension.
#pragma warning disable EF1001
            var configured = db.GetService<IDbContextOptions>().FindExtension<NpgsqlOptionsExtension>()?.DataSource;
#pragma warning restore EF1001
            Assert.True(ReferenceEquals(dataSource, configured), $"{context.Name} does not use the host's NpgsqlDataSource");
        }
    }

    [Fact]
    public async Task No_table_is_mapped_by_two_DbContexts_each_belongs_to_one_module()
    {
        await using var server = await GiveBackServer.StartAsync();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var context in DbContextTypes())
        {
            await using var db = CreateContext(server.Services, context);
            var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName() ?? e.GetViewName()).OfType<string>().Distinct(StringComparer.Ordinal);
            foreach (var table in tables)
            {
                Assert.True(owners.TryAdd(table, context.Name), $"{table} is mapped by {owners.GetValueOrDefault(table)} and by {context.Name}: a table belongs to one module");
            }
        }

        Assert.Contains("ledger_entries", owners.Keys);
        Assert.True(owners.Count >= 20, $"Only {owners.Count} tables found across the contexts");
    }

    // Every DbContext of the product, found rather than listed, so a new module's context is held to the rule too.
    [Fact]
    public async Task The_reports_pool_is_a_keyed_data_source_on_the_same_database_with_the_reports_session_settings()
    {
        await using var server = await GiveBackServer.StartAsync();
        var shared = new NpgsqlConnectionStringBuilder(server.Services.GetRequiredService<NpgsqlDataSource>().ConnectionString);
        var reports = server.Services.GetRequiredKeyedService<NpgsqlDataSource>(ReportsDatabase.DataSourceKey);
        var tuned = new NpgsqlConnectionStringBuilder(reports.ConnectionString);
        Assert.Equal((shared.Host, shared.Port, shared.Database, shared.Username), (tuned.Host, tuned.Port, tuned.Database, tuned.Username));
        Assert.Equal("giveback-reports", tuned.ApplicationName);

        // The settings reach the session, where the reports' statements run.
        await using var db = await server.Services.GetRequiredService<ReportsDatabase>().CreateContextAsync(CancellationToken.None);
        Assert.Equal("off", (await db.Database.SqlQueryRaw<string>("""SELECT current_setting('jit') AS "Value" """).ToListAsync()).Single());
        Assert.Equal("giveback-reports", (await db.Database.SqlQueryRaw<string>("""SELECT current_setting('application_name') AS "Value" """).ToListAsync()).Single());
    }

    private static List<Type> DbContextTypes() =>
        [.. AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name is { } name && name.StartsWith("GiveBack.", StringComparison.Ordinal) && !name.EndsWith("Tests", StringComparison.Ordinal))
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsSubclassOf(typeof(DbContext)) && !t.IsAbstract)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    private static DbContext CreateContext(IServiceProvider services, Type context)
    {
        var factory = services.GetRequiredService(typeof(IDbContextFactory<>).MakeGenericType(context));
        return (DbContext)factory.GetType().GetMethod(nameof(IDbContextFactory<DbContext>.CreateDbContext), Type.EmptyTypes)!.Invoke(factory, null)!;
    }

    private static List<string> ScriptIds(IServiceProvider services) =>
        [.. services.GetServices<SchemaStep>().Select(s => s.Id).Where(id => !id.StartsWith("ef/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    private static async Task<List<(string Id, string Checksum, DateTime AppliedAt)>> RecordedScriptsAsync(GiveBackServer server)
    {
        await using var connection = new NpgsqlConnection(server.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id, checksum, applied_at FROM schema_scripts ORDER BY id COLLATE \"C\"", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string, DateTime)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetDateTime(2)));
        }

        return rows;
    }
}
