using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace GiveBack.Engagement.Infrastructure;

/// <summary>Applies pending engagement migrations while the host is starting, like the ledger's migrator does.</summary>
internal sealed class EngagementDatabaseMigrator(IDbContextFactory<EngagementDbContext> contexts) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
