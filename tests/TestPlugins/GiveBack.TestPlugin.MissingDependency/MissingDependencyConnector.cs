using GiveBack.Plugins.Abstractions.Crm;
using GiveBack.Plugins.Abstractions.Events;
using GiveBack.TestPlugin.MissingDependency.Helpers;
using GiveBack.TestPlugins.Shared;
using Microsoft.Extensions.Configuration;

namespace GiveBack.TestPlugin.MissingDependency;

public sealed class MissingDependencyConnector(IConfiguration configuration) : ICrmConnector
{
    public bool Accepts(string eventType) => true;

    public Task PushAsync(EventDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        TestRecorder.Record(configuration, delivery, CrmFormat.Describe(delivery.EventType));
        return Task.CompletedTask;
    }

    public Task<ConstituentPage> PullConstituentsAsync(string? cursor, int maxCount, CancellationToken cancellationToken) =>
        Task.FromResult(ConstituentPage.Empty);
}
