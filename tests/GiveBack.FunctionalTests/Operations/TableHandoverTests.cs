using GiveBack.Api.Security;
using GiveBack.Ledger;
using GiveBack.Ledger.Postgres;
using GiveBack.Outreach;
using GiveBack.Scheduling;
using GiveBack.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace GiveBack.FunctionalTests.Operations;

/// <summary>
/// Tables change hands between contexts without losing a row: a database the ledger's migrations made, with rows in
/// the tables it used to own, upgraded by the ledger's handover and the new owners' first migrations.
/// </summary>
public sealed class TableHandoverTests
{
    // The ledger's last migration while it still mapped api_keys, job_runs and outreach_messages.
    private const string BeforeHandover = "20261202013252_DirectoryViews";

    [Fact]
    public async Task Api_keys_job_runs_and_the_outreach_queue_keep_their_rows_when_their_modules_take_them_over()
    {
        await using var database = await TestDatabase.CreateAsync("handover");
        await using (var ledger = new GiveBackDbContext(Options<GiveBackDbContext>(database.ConnectionString, null)))
        {
            await ledger.GetService<IMigrator>().MigrateAsync(BeforeHandover);
        }

        await ExecuteAsync(database.ConnectionString, """
            INSERT INTO api_keys (id, name, role, key_hash, created_at) VALUES (gen_random_uuid(), 'before', 'viewer', repeat('a', 64), now());
            INSERT INTO job_runs (job, fire_instance_id, instance, started_at, finished_at, outcome) VALUES ('retention', 'f1', 'h1', now(), now(), 'succeeded');
            INSERT INTO outreach_messages (kind, reference, donor_id, message_kind, attempts, created_at, updated_at)
                VALUES ('pledge-reminder', 'p:1', gen_random_uuid(), 'Reminder', 0, now(), now());
            """);

        await using var upgraded = new GiveBackDbContext(Options<GiveBackDbContext>(database.ConnectionString, null));
        await upgraded.Database.MigrateAsync();
        await using var keys = new ApiKeysDbContext(Options<ApiKeysDbContext>(database.ConnectionString, ApiKeysDbContext.MigrationsHistoryTable));
        await using var scheduling = new SchedulingDbContext(Options<SchedulingDbContext>(database.ConnectionString, SchedulingDbContext.MigrationsHistoryTable));
        await using var outreach = new OutreachDbContext(Options<OutreachDbContext>(database.ConnectionString, OutreachDbContext.MigrationsHistoryTable));
        foreach (var owner in new DbContext[] { keys, scheduling, outreach })
        {
            await owner.Database.MigrateAsync();
            Assert.Empty(await owner.Database.GetPendingMigrationsAsync());
        }

        Assert.Equal("before", (await keys.ApiKeys.SingleAsync()).Name);
        Assert.Equal("retention", (await scheduling.JobRuns.SingleAsync()).Job);
        Assert.Equal("p:1", (await outreach.OutreachMessages.SingleAsync()).Reference);
        // The ledger no longer maps them; each table has one owner.
        Assert.DoesNotContain(upgraded.Model.GetEntityTypes(), e => e.GetTableName() is "api_keys" or "job_runs" or "outreach_messages");
    }

    private static DbContextOptions<TContext> Options<TContext>(string connectionString, string? historyTable)
        where TContext : DbContext
    {
        var options = new DbContextOptionsBuilder<TContext>();
        if (historyTable is null)
        {
            options.UseGiveBackNpgsql(connectionString);
        }
        else
        {
            options.UseGiveBackNpgsql(connectionString, historyTable);
        }

        return options.Options;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
