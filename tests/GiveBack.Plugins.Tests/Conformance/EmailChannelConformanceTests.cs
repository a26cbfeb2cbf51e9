using GiveBack.Plugins.Abstractions.Outreach;
using GiveBack.Plugins.ConformanceKit;

namespace GiveBack.Plugins.Tests.Conformance;

[Collection(ConformanceGroup.Name)]
public sealed class EmailChannelConformanceTests(ConformanceFixture fixture) : OutreachChannelConformance
{
    protected override IReadOnlyList<string> Languages => ["en", "fr"];

    protected override Task<IOutreachChannel> CreateChannelAsync() =>
        Task.FromResult(fixture.Host.Registry.Find("Email")!.Channels.Single());

    protected override Task<int> CountReceivedAsync(OutreachRecipient recipient) =>
        Task.FromResult(fixture.Smtp.Messages.Count(m => m.To.Mailboxes.Any(a => a.Address == recipient.Email)));
}
