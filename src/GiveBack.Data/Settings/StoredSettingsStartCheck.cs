using GiveBack.Data.Infrastructure;
using Npgsql;

namespace GiveBack.Data.Settings;

/// <summary>
/// The first thing a starting host does: if the stored settings could not be read while it was built, it reads them now
/// and refuses to start when any is stored, since its options (say, the fiscal year's first month the reports' rollups
/// are rebuilt under) were bound to the files' values instead.
/// </summary>
internal sealed class StoredSettingsStartCheck(StoredSettingsConfigurationProvider provider, NpgsqlDataSource dataSource) : StartupStep
{
    public override Task StartingAsync(CancellationToken cancellationToken)
    {
        provider.DataSource = dataSource;
        if (provider.BuildReadFailure is not { } failure)
        {
            return Task.CompletedTask;
        }

        provider.Reload();
        if (provider.HasValues)
        {
            throw new InvalidOperationException(
                "The settings saved in the workspace could not be read while the host was built, so it was built on the configuration " +
                "files' values; start it again now that the database answers.", failure);
        }

        return Task.CompletedTask;
    }
}
