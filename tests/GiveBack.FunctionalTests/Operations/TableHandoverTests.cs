using GiveBack.Api.Security;
using GiveBack.Data.Postgres;
using GiveBack.Ledger;
using GiveBack.Outreach;
using GiveBack.Pledges;
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

    [Fact]
    public async Task Pledges_commitments_and_installments_keep_their_rows_and_stay_append_only_when_pledges_take_them_over()
    {
        await using var database = await TestDatabase.CreateAsync("pledge-handover");
        await using (var ledger = new GiveBackDbContext(Options<GiveBackDbContext>(database.ConnectionString, null)))
        {
            // The ledger's last migration while it still mapped the pledge tables.
            await ledger.GetService<IMigrator>().MigrateAsync("20261202035151_HandTablesToTheirModules");
        }

        var pledgeId = Guid.NewGuid();
        await ExecuteAsync(database.ConnectionString, $"""
            INSERT INTO pledges (id, donor_id, campaign_id, total_amount, currency, frequency, installment_count, first_due_on, status,
                                 paid_amount, balance_amount, written_off_amount, created_at, updated_at)
                VALUES ('{pledgeId}', gen_random_uuid(), gen_random_uuid(), 120000, 'USD', 'monthly', 1, '2026-12-01', 'active', 0, 120000, 0, now(), now());
            INSERT INTO pledge_installments (pledge_id, number, due_on, amount, paid_amount, status) VALUES ('{pledgeId}', 1, '2026-12-01', 120000, 0, 'due');
            INSERT INTO pledge_commitments (id, pledge_id, donor_id, campaign_id, kind, amount, currency, recorded_at)
                VALUES (gen_random_uuid(), '{pledgeId}', gen_random_uuid(), gen_random_uuid(), 'pledge', 120000, 'USD', now());
            """);

        await using var upgraded = new GiveBackDbContext(Options<GiveBackDbContext>(database.ConnectionString, null));
        await upgraded.Database.MigrateAsync();
        await using var pledges = new PledgesDbContext(Options<PledgesDbContext>(database.ConnectionString, PledgesDbContext.MigrationsHistoryTable));
        await pledges.Database.MigrateAsync();
        Assert.Empty(await pledges.Database.GetPendingMigrationsAsync());

        var pledge = await pledges.Pledges.Include(p => p.Installments).SingleAsync();
        Assert.Equal((pledgeId, 120_000L), (pledge.Id, pledge.TotalAmount));
        Assert.Equal(120_000L, Assert.Single(pledge.Installments).Amount);
        Assert.Equal(pledgeId, (await pledges.PledgeCommitments.SingleAsync()).PledgeId);
        Assert.DoesNotContain(upgraded.Model.GetEntityTypes(), e => e.GetTableName() is "pledges" or "pledge_installments" or "pledge_commitments");

        // The commitments were append-only under the ledger's trigger and stay so under the module's own.
        var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(database.ConnectionString, "UPDATE pledge_commitments SET amount = 1"));
        Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
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
