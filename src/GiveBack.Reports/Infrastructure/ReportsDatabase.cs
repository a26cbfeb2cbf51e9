using GiveBack.Ledger;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GiveBack.Reports.Infrastructure;

/// <summary>
/// The reports' own connection pool on the ledger database. Reports are long aggregates, so their connections carry
/// their own session settings (work memory, no JIT, a statement timeout) without touching the pool of the gift path.
/// </summary>
public sealed class ReportsDatabase : IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public ReportsDatabase(IOptions<LedgerOptions> ledger, IOptions<ReportsOptions> reports)
    {
        var options = reports.Value;
        var builder = new NpgsqlConnectionStringBuilder(ledger.Value.ConnectionString)
        {
            ApplicationName = "giveback-reports",
            CommandTimeout = options.CommandTimeoutSeconds,
            // JIT compilation costs more than it saves on aggregates that finish in about a second.
            Options = $"-c work_mem={options.WorkMem} -c jit=off -c statement_timeout={options.CommandTimeoutSeconds * 1000}",
        };
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        DefaultCurrency = options.Currency;
    }

    public string DefaultCurrency { get; }

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        _dataSource.OpenConnectionAsync(cancellationToken);

    public void Dispose() => _dataSource.Dispose();

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
