using Microsoft.Extensions.Configuration;
using Npgsql;

namespace GiveBack.Data.Settings;

/// <summary>
/// The stored settings as a configuration source, added after every other one so that a value set in the product wins
/// over appsettings, the environment and the command line. It reads the table when the host is built, so every option
/// bound at start already sees it, and again on <see cref="Reload"/> (after a save on this host, and every poll for the
/// saves of other hosts); a change fires the configuration's reload token, so <c>IOptionsMonitor</c> readers see it.
/// A server that cannot be reached while the host is built (a host built only to be inspected, as the architecture tests
/// do) leaves the files' values, and <see cref="StoredSettingsStartCheck"/> refuses to start the host on them.
/// </summary>
public sealed class StoredSettingsConfigurationProvider(string connectionString) : ConfigurationProvider, IConfigurationSource
{
    private const string Sql = "SELECT key, value FROM stored_settings";

    private readonly Lock _gate = new();

    public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

    /// <summary>Why the read made while the host was built failed; null when it succeeded.</summary>
    public NpgsqlException? BuildReadFailure { get; private set; }

    /// <summary>Whether any setting is stored (as last read).</summary>
    public bool HasValues => Data.Count > 0;

    /// <summary>
    /// The host's one data source, once the host has started (<see cref="StoredSettingsStartCheck"/>): later reads (a
    /// save, the poll) borrow its pooled connections. Only the read made while the host is built, before any service
    /// exists, opens a connection of its own.
    /// </summary>
    public NpgsqlDataSource? DataSource { get; set; }

    public override void Load()
    {
        try
        {
            Data = Read();
        }
        catch (NpgsqlException e) when (e is not PostgresException)
        {
            BuildReadFailure = e;
        }
    }

    /// <summary>Reads the table again; signals a reload only when a value changed.</summary>
    public void Reload()
    {
        var fresh = Read();
        BuildReadFailure = null;
        lock (_gate)
        {
            if (fresh.Count == Data.Count && fresh.All(f => Data.TryGetValue(f.Key, out var v) && v == f.Value))
            {
                return;
            }

            Data = fresh;
        }

        OnReload();
    }

    private Dictionary<string, string?> Read()
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        // No connection string: the host stops at DatabaseOptions' own message, which says what to set.
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return values;
        }

        try
        {
            using var connection = DataSource?.OpenConnection() ?? new NpgsqlConnection(connectionString);
            if (connection.State != System.Data.ConnectionState.Open)
            {
                connection.Open();
            }

            using var command = new NpgsqlCommand(Sql, connection);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                values[reader.GetString(0)] = reader.GetString(1);
            }
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidCatalogName)
        {
            // A database the migrator has not reached yet has no stored setting: the files' values stand. Any other
            // failure stops the start, since running on the files' values (say, another fiscal year) would be wrong.
        }

        return values;
    }
}
