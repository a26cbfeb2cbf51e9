using GiveBack.Plugins.Abstractions.Outreach;

namespace GiveBack.TestPlugin.Recorder;

public sealed class RecorderChannel : IOutreachChannel
{
    public string Channel => "test";

    public Task<OutreachResult> SendAsync(OutreachMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Task.FromResult(message.Recipient.HasConsentedTo(Channel)
            ? OutreachResult.Delivered(message.MessageId.ToString())
            : OutreachResult.OptedOut());
    }
}
