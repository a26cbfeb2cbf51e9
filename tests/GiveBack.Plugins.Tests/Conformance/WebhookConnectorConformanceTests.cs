using GiveBack.Plugins.Abstractions.Crm;
using GiveBack.Plugins.ConformanceKit;

namespace GiveBack.Plugins.Tests.Conformance;

[Collection(ConformanceGroup.Name)]
public sealed class WebhookConnectorConformanceTests(ConformanceFixture fixture) : CrmConnectorConformance
{
    protected override Task<ICrmConnector> CreateConnectorAsync() =>
        Task.FromResult(fixture.Host.Registry.Find("Webhook")!.Connectors.Single());
}
