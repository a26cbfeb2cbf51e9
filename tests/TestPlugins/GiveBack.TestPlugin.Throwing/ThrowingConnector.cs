using GiveBack.Plugins.Abstractions.Crm;
using GiveBack.Plugins.Abstractions.Events;
using GiveBack.TestPlugins.Shared;
using Microsoft.Extensions.Configuration;

namespace GiveBack.TestPlugin.Throwing;

/// <summary>Throws on every call until the setting <c>Broken</c> is "false" (the "fix").</summary>
public sealed class ThrowingConnector(IConfiguration configuration) : ICrmConnector
{
    public bool Accepts(string eventType) => true;

    public Task PushAsync(EventDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (configuration["Broken"] != "false")
        {
            throw new InvalidOperationException("Throwing plugin is broken");
        }

        TestRecorder.Record(configuration, delivery);
        return Task.CompletedTask;
    }

    public Task<ConstituentPage> PullConstituentsAsync(string? cursor, int maxCount, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Throwing plugin is broken");
}
