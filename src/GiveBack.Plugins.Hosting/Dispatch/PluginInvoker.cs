namespace GiveBack.Plugins.Hosting.Dispatch;

/// <summary>
/// Calls into plugin code so that nothing it does reaches the caller: exceptions become a failure, and a call that
/// outlives the timeout is abandoned (cancelled, left to finish on its own) and reported as a failure.
/// </summary>
internal static class PluginInvoker
{
    public static async Task<(T? Value, string? Error)> InvokeAsync<T>(
        Func<CancellationToken, Task<T>> call, TimeSpan timeout, TimeProvider timeProvider, CancellationToken stopping)
    {
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        // Task.Run: a plugin that blocks synchronously must not block the delivery loop either.
        var task = Task.Run(() => call(cancellation.Token), CancellationToken.None);
        try
        {
            var value = await task.WaitAsync(timeout, timeProvider, stopping);
            cancellation.Dispose();
            return (value, null);
        }
        catch (TimeoutException)
        {
            await cancellation.CancelAsync();
            Abandon(task, cancellation);
            return (default, $"timed out after {timeout.TotalSeconds:0.###} s");
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            Abandon(task, cancellation);
            throw;
        }
        catch (Exception ex)
        {
            cancellation.Dispose();
            return (default, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    public static async Task<string?> InvokeAsync(
        Func<CancellationToken, Task> call, TimeSpan timeout, TimeProvider timeProvider, CancellationToken stopping)
    {
        var (_, error) = await InvokeAsync(
            async token =>
            {
                await call(token);
                return true;
            },
            timeout, timeProvider, stopping);
        return error;
    }

    // The abandoned call keeps its token until it ends; its faults are observed so they never surface as
    // unobserved task exceptions.
    private static void Abandon(Task task, CancellationTokenSource cancellation) =>
        task.ContinueWith(
            t =>
            {
                cancellation.Dispose();
                return t.Exception;
            },
            CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
}
