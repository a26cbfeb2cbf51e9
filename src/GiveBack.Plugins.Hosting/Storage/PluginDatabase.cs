using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GiveBack.Plugins.Hosting.Storage;

/// <summary>The plugin host's PostgreSQL access: its own data source, and its tables created once, idempotently.</summary>
public sealed class PluginDatabase : IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;

    public PluginDatabase(IOptions<PluginHostOptions> options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = options.Value.ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = configuration.GetConnectionString("GiveBack")
                ?? throw new InvalidOperationException(
                    $"No PostgreSQL connection string: set {PluginHostOptions.SectionName}:ConnectionString or ConnectionStrings:GiveBack.");
        }

        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    /// <summary>Opens a connection, creating the plugin tables first if this host has not yet done so.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        return await _dataSource.OpenConnectionAsync(cancellationToken);
    }

    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (_schemaReady)
        {
            return;
        }

        await _schemaGate.WaitAsync(cancellationToken);
        try
        {
            if (_schemaReady)
            {
                return;
            }

            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
            {
                lockCommand.Parameters.AddWithValue("key", PluginSchema.LockKey);
                await lockCommand.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var ddl = new NpgsqlCommand(PluginSchema.Ddl, connection, transaction))
            {
                await ddl.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            _schemaReady = true;
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        _schemaGate.Dispose();
    }

    public void Dispose()
    {
        _dataSource.Dispose();
        _schemaGate.Dispose();
    }
}
