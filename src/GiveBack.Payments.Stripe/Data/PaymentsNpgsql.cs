using GiveBack.Ledger.Postgres;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace GiveBack.Payments.Stripe.Data;

internal static class PaymentsNpgsql
{
    /// <summary>Npgsql with the payments' own migrations history table: the contexts share the database, not the history.</summary>
    public static DbContextOptionsBuilder UsePaymentsNpgsql(this DbContextOptionsBuilder options, NpgsqlDataSource dataSource) =>
        options.UseGiveBackNpgsql(dataSource, History);

    public static DbContextOptionsBuilder UsePaymentsNpgsql(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseGiveBackNpgsql(connectionString, History);

    private static void History(NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsHistoryTable(PaymentsDbContext.MigrationsHistoryTable);
}
