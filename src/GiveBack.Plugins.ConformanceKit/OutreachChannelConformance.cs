using GiveBack.Plugins.Abstractions.Outreach;

namespace GiveBack.Plugins.ConformanceKit;

/// <summary>
/// What the host expects of every <see cref="IOutreachChannel"/>: consent honoured, every kind sendable to a recipient
/// of every language, cancellation respected. Implement the factory and the probe of your test transport.
/// </summary>
public abstract class OutreachChannelConformance
{
    protected virtual TimeSpan CallTimeout => TimeSpan.FromSeconds(10);

    /// <summary>The recipient languages to try; each kind is sent to a recipient of each.</summary>
    protected virtual IReadOnlyList<string> Languages => ["en"];

    /// <summary>Creates the channel under test, wired to a test transport.</summary>
    protected abstract Task<IOutreachChannel> CreateChannelAsync();

    /// <summary>How many messages your test transport has received for this recipient (their address or donor id).</summary>
    protected abstract Task<int> CountReceivedAsync(OutreachRecipient recipient);

    [Fact]
    public async Task Opted_out_recipient_gets_opted_out_and_nothing_is_sent()
    {
        var channel = await CreateChannelAsync();
        var recipient = KitSamples.Recipient(Languages[0], "some-other-channel");

        var result = await channel.SendAsync(
            KitSamples.Message(MessageKind.Appeal, recipient), CancellationToken.None).WaitAsync(CallTimeout);

        Assert.Equal(OutreachStatus.OptedOut, result.Status);
        Assert.Equal(0, await CountReceivedAsync(recipient));
    }

    [Fact]
    public async Task Every_kind_in_every_language_is_delivered_to_a_consenting_recipient()
    {
        var channel = await CreateChannelAsync();
        foreach (var language in Languages)
        {
            var recipient = KitSamples.Recipient(language, channel.Channel);
            foreach (var kind in Enum.GetValues<MessageKind>())
            {
                var result = await channel.SendAsync(
                    KitSamples.Message(kind, recipient), CancellationToken.None).WaitAsync(CallTimeout);
                Assert.True(result.Status == OutreachStatus.Delivered, $"{kind} in {language}: {result.Status} {result.Detail}");
            }

            Assert.Equal(Enum.GetValues<MessageKind>().Length, await CountReceivedAsync(recipient));
        }
    }

    [Fact]
    public async Task A_cancelled_send_ends_promptly()
    {
        var channel = await CreateChannelAsync();
        var recipient = KitSamples.Recipient(Languages[0], channel.Channel);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var ended = await Record.ExceptionAsync(() => channel.SendAsync(
            KitSamples.Message(MessageKind.ThankYou, recipient), cancelled.Token).WaitAsync(CallTimeout));

        Assert.True(ended is null or OperationCanceledException, $"a cancelled send threw {ended}");
    }
}
