using GiveBack.Plugins.Abstractions.Outreach;
using GiveBack.Plugins.ConformanceKit;
using MimeKit;

namespace GiveBack.Plugins.Tests.Conformance;

[Collection(ConformanceGroup.Name)]
public sealed class EmailChannelConformanceTests(ConformanceFixture fixture) : OutreachChannelConformance
{
    protected override IReadOnlyList<string> Languages => ["en", "fr"];

    protected override Task<IOutreachChannel> CreateChannelAsync() =>
        Task.FromResult(fixture.Host.Registry.Find("Email")!.Channels.Single());

    protected override Task<int> CountReceivedAsync(OutreachRecipient recipient) =>
        Task.FromResult(fixture.Smtp.MessagesTo(recipient.Email!).Count);

    [Fact]
    public async Task The_message_arrives_as_the_host_rendered_it_with_its_attachment()
    {
        var channel = await CreateChannelAsync();
        var recipient = KitSamples.Recipient("fr", channel.Channel);
        var message = KitSamples.Message(MessageKind.ThankYou, recipient);

        var result = await channel.SendAsync(message, CancellationToken.None);

        Assert.Equal(OutreachStatus.Delivered, result.Status);
        var mail = Assert.Single(fixture.Smtp.MessagesTo(recipient.Email!));
        Assert.Equal(message.Subject, mail.Subject);
        Assert.Equal(message.Html.ReplaceLineEndings(), mail.HtmlBody!.ReplaceLineEndings());
        Assert.Equal(message.Text.ReplaceLineEndings(), mail.TextBody!.ReplaceLineEndings());
        var sent = Assert.Single(message.Attachments);
        var attachment = Assert.IsType<MimePart>(Assert.Single(mail.Attachments));
        Assert.Equal((sent.FileName, sent.ContentType), (attachment.FileName, attachment.ContentType.MimeType));
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        Assert.Equal(sent.Content.ToArray(), content.ToArray());
    }
}
