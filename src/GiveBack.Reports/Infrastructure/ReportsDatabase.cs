using GiveBack.Data.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GiveBack.Reports.Infrastructure;

/// <summary>
/// Where reports run their SQL: contexts over the reports' own pool on the ledger database. Reports are long
/// aggregates, so their connections carry their own session settings (work memory, no JIT, a statement timeout) without
/// touching the pool of the gift path. In the host that pool is the keyed data source <see cref="DataSourceKey"/>,
/// registered from the one connection string; outside it (tests, the benchmark) <see cref="Create"/> builds and owns one.
/// </summary>
public sealed class ReportsDatabase : IAsyncDisposable, IDisposable
{
    /// <summary>The key of the reports' data source in the container.</summary>
    public const string DataSourceKey = "reports";

    private readonly PooledDbContextFactory<ReportsDbContext> _contexts;
    private readonly NpgsqlDataSource? _owned;

    private readonly Func<string> _defaultCurrency;

    /// <summary>In the host: the default currency is read per report, since an administrator may change it while it runs.</summary>
    public ReportsDatabase([FromKeyedServices(DataSourceKey)] NpgsqlDataSource dataSource, IOptionsMonitor<ReportsOptions> reports)
        : this(dataSource, () => reports.CurrentValue.Currency, owned: false)
    {
    }

    private ReportsDatabase(NpgsqlDataSource dataSource, Func<string> defaultCurrency, bool owned)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        var contextOptions = new DbContextOptionsBuilder<ReportsDbContext>();
        contextOptions.UseGiveBackNpgsql(dataSource, ReportsDbContext.MigrationsHistoryTable);
        _contexts = new PooledDbContextFactory<ReportsDbContext>(contextOptions.Options);
        _owned = owned ? dataSource : null;
        _defaultCurrency = defaultCurrency;
    }

    /// <summary>The currency a report counts when the request names none (<c>Reports:Currency</c>, as it is now).</summary>
    public string DefaultCurrency => _defaultCurrency();

    /// <summary>Outside a host: a database over its own pool on <paramref name="connectionString"/>, disposed with it.</summary>
    public static ReportsDatabase Create(string connectionString, ReportsOptions options)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        Tune(connection, options);
        return new ReportsDatabase(NpgsqlDataSource.Create(connection), () => options.Currency, owned: true);
    }

    /// <summary>The reports' session settings, on a copy of the host's connection string.</summary>
    public static void Tune(NpgsqlConnectionStringBuilder connection, ReportsOptions options)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        connection.ApplicationName = "giveback-reports";
        connection.CommandTimeout = options.CommandTimeoutSeconds;
        // JIT compilation costs more than it saves on aggregates that finish in about a second.
        connection.Options = $"-c work_mem={options.WorkMem} -c jit=off -c statement_timeout={options.CommandTimeoutSeconds * 1000}";
    }

    /// <summary>A context for one report; its statements go through <c>Database.SqlQueryRaw</c>, the house's raw-SQL style.</summary>
    public Task<ReportsDbContext> CreateContextAsync(CancellationToken cancellationToken) =>
        _contexts.CreateDbContextAsync(cancellationToken);

    public void Dispose() => _owned?.Dispose();

    public ValueTask DisposeAsync() => _owned?.DisposeAsync() ?? ValueTask.CompletedTask;
}
