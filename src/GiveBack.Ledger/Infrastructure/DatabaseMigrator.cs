using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace GiveBack.Ledger.Infrastructure;

/// <summary>Applies pending EF Core migrations while the host is starting, before any other service starts.</summary>
internal sealed class DatabaseMigrator(IDbContextFactory<GiveBackDbContext> contexts) : IHostedLifecycleService
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
