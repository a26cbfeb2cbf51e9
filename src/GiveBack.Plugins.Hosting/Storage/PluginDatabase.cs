using Npgsql;

namespace GiveBack.Plugins.Hosting.Storage;

/// <summary>
/// The plugin host's PostgreSQL access: connections from the host's one <see cref="NpgsqlDataSource"/>. Its tables
/// (<see cref="PluginsDbContext"/>'s migrations) are created by the host's schema migrator before anything here runs.
/// </summary>
public sealed class PluginDatabase(NpgsqlDataSource dataSource)
{
    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        dataSource.OpenConnectionAsync(cancellationToken);
}
