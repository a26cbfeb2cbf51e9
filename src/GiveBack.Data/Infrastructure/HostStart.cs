using Microsoft.Extensions.Hosting;

namespace GiveBack.Data.Infrastructure;

/// <summary>For background work that needs the whole host up (the silo's grains, migrated tables) before it begins.</summary>
public static class HostStart
{
    /// <summary>Waits until the host has started; false when it is stopping first.</summary>
    public static async Task<bool> WaitAsync(IHostApplicationLifetime lifetime, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(lifetime);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
