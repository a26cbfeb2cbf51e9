using GiveBack.Domain.Consent;
using GiveBack.Domain.Outreach;
using GiveBack.Ledger.Outreach;
using GiveBack.Plugins.Abstractions.Outreach;

namespace GiveBack.Outreach.Dispatch;

/// <summary>
/// The channel a message goes on, or why it goes on none. The donor's preferred channel (e-mail unless they asked for
/// another) comes first, then any other channel they consented to; a channel counts only when a ready plugin offers it
/// and, for e-mail, the donor has an address. The consented channels are those for the message's purpose. No consent
/// at all is <c>opted-out</c>; consent but no usable channel is
/// <c>no-channel</c>, with the reason.
/// </summary>
public sealed record ChannelChoice(string? Channel, string? Status, string? Reason)
{
    public static ChannelChoice For(OutreachRecipient recipient, string? preferredChannel, IReadOnlyCollection<string> available, string? purpose = null)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(available);
        if (recipient.ConsentedChannels.Count == 0)
        {
            return new ChannelChoice(
                null, OutreachStatuses.OptedOut,
                purpose is null or ConsentPurposes.Receipts ? "the donor consented to no channel" : $"the donor consented to no channel for {purpose}");
        }

        var offered = recipient.ConsentedChannels
            .Prepend(ChannelConsent.Preferred(preferredChannel))
            .Where(recipient.HasConsentedTo)
            .Where(c => available.Contains(c, StringComparer.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (offered.Count == 0)
        {
            return new ChannelChoice(
                null, OutreachStatuses.NoChannel, $"no enabled and configured plugin offers {string.Join(" or ", recipient.ConsentedChannels)}");
        }

        var reachable = offered.FirstOrDefault(c => HasAddressFor(recipient, c));
        return reachable is null
            ? new ChannelChoice(null, OutreachStatuses.NoChannel, "the donor has no e-mail address")
            : new ChannelChoice(reachable, null, null);
    }

    // The host knows only the e-mail address; other channels' plugins find their own address (and fail if they have none).
    private static bool HasAddressFor(OutreachRecipient recipient, string channel) =>
        !string.Equals(channel, ChannelConsent.Email, StringComparison.OrdinalIgnoreCase) || !string.IsNullOrWhiteSpace(recipient.Email);
}
