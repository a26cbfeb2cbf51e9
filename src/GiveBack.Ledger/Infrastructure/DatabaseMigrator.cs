using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace GiveBack.Ledger.Infrastructure;

/// <summary>
/// Applies a module's pending EF Core migrations while the host is starting, before any other service starts (each
/// module — ledger, engagement, payments — registers one for its own DbContext and history table).
/// </summary>
public sealed class DatabaseMigrator<TContext>(IDbContextFactory<TContext> contexts) : IHostedLifecycleService
    where TContext : DbContext
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
