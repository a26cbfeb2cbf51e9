using GiveBack.Plugins.Abstractions.Crm;
using GiveBack.Plugins.Abstractions.Events;
using GiveBack.TestPlugins.Shared;
using Microsoft.Extensions.Configuration;
using Newtonsoft.Json;

namespace GiveBack.TestPlugin.JsonNew;

/// <summary>Serialises each event with its own Newtonsoft.Json and records which version did it.</summary>
public sealed class JsonNewConnector(IConfiguration configuration) : ICrmConnector
{
    public bool Accepts(string eventType) => true;

    public Task PushAsync(EventDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var json = JsonConvert.SerializeObject(delivery.Event);
        var version = typeof(JsonConvert).Assembly.GetName().Version;
        TestRecorder.Record(configuration, delivery, $"newtonsoft={version};length={json.Length}");
        return Task.CompletedTask;
    }

    public Task<ConstituentPage> PullConstituentsAsync(string? cursor, int maxCount, CancellationToken cancellationToken) =>
        Task.FromResult(ConstituentPage.Empty);
}
