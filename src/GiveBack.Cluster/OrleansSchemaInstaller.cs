using Microsoft.Extensions.Logging;

namespace GiveBack.Cluster;

/// <summary>
/// Applies <see cref="OrleansSchema"/> at the very first silo lifecycle stage, before membership or grain
/// storage read their queries, so a silo starts on an empty database without a setup step.
/// </summary>
internal sealed partial class OrleansSchemaInstaller(string connectionString, ILogger<OrleansSchemaInstaller> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(OrleansSchemaInstaller), ServiceLifecycleStage.First, ApplyAsync);

    private async Task ApplyAsync(CancellationToken cancellationToken)
    {
        await OrleansSchema.ApplyAsync(connectionString, cancellationToken);
        LogApplied(logger);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Orleans PostgreSQL schema and query rows are up to date")]
    private static partial void LogApplied(ILogger logger);
}
