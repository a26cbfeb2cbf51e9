using GiveBack.Plugins.Abstractions.Outreach;
using GiveBack.Plugins.ConformanceKit;

namespace GiveBack.Plugins.Tests.Conformance;

[Collection(ConformanceGroup.Name)]
public sealed class WebhookChannelConformanceTests(ConformanceFixture fixture) : OutreachChannelConformance
{
    protected override Task<IOutreachChannel> CreateChannelAsync() =>
        Task.FromResult(fixture.Host.Registry.Find("Webhook")!.Channels.Single());

    protected override Task<int> CountReceivedAsync(OutreachRecipient recipient) =>
        Task.FromResult(fixture.Receiver.Received.Count(r => r.Body.Contains(recipient.DonorId.ToString(), StringComparison.Ordinal)));
}
