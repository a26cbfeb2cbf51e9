using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace GiveBack.Payments.Stripe.Data;

/// <summary>Applies online giving's migrations while the host starts, before the webhook can be called.</summary>
internal sealed class PaymentsMigrator(IDbContextFactory<PaymentsDbContext> contexts) : IHostedLifecycleService
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
