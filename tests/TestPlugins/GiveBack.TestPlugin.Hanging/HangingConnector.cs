using GiveBack.Plugins.Abstractions.Crm;
using GiveBack.Plugins.Abstractions.Events;
using GiveBack.TestPlugins.Shared;
using Microsoft.Extensions.Configuration;

namespace GiveBack.TestPlugin.Hanging;

/// <summary>
/// Never completes and ignores cancellation while the setting <c>Hang</c> is not "false": the worst a plugin can do
/// short of crashing the process.
/// </summary>
public sealed class HangingConnector(IConfiguration configuration) : ICrmConnector
{
    private static readonly TaskCompletionSource Never = new();

    public bool Accepts(string eventType) => true;

    public async Task PushAsync(EventDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (configuration["Hang"] != "false")
        {
            await Never.Task;
        }

        TestRecorder.Record(configuration, delivery);
    }

    public Task<ConstituentPage> PullConstituentsAsync(string? cursor, int maxCount, CancellationToken cancellationToken) =>
        Never.Task.ContinueWith(_ => ConstituentPage.Empty, TaskScheduler.Default);
}
