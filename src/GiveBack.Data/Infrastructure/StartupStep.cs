using Microsoft.Extensions.Hosting;

namespace GiveBack.Data.Infrastructure;

/// <summary>
/// Work the host does once while it is starting: in registration order, before any hosted service starts and before the
/// server takes a request (the schema, the first admin key and staff account, the rollups' calendar). Only
/// <see cref="StartingAsync"/> does anything; the other moments of the host's life are not this work's.
/// </summary>
public abstract class StartupStep : IHostedLifecycleService
{
    public abstract Task StartingAsync(CancellationToken cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
