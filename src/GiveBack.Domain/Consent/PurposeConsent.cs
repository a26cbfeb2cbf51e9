using GiveBack.Domain.Outreach;

namespace GiveBack.Domain.Consent;

/// <summary>
/// The one consent rule: on which channels a donor may be contacted for a purpose. The profile gives the default
/// (<see cref="ChannelConsent"/>: e-mail unless opted out, and the channel the donor asked for); a recorded answer for
/// the purpose overrides it per channel, a withdrawal taking the channel away and a grant adding it. The e-mail opt-out
/// stays the master switch: no answer brings e-mail back. Receipts follow the profile alone.
/// </summary>
public static class PurposeConsent
{
    public static IReadOnlyList<string> ConsentedChannels(
        bool emailOptOut, string? preferredChannel, string purpose, IReadOnlyCollection<ConsentAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var channels = ChannelConsent.ConsentedChannels(emailOptOut, preferredChannel);
        if (string.Equals(purpose, ConsentPurposes.Receipts, StringComparison.Ordinal))
        {
            return channels;
        }

        var forPurpose = answers.Where(a => string.Equals(a.Purpose, purpose, StringComparison.Ordinal)).ToList();
        var withdrawn = forPurpose.Where(a => !a.Granted).Select(a => a.Channel).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var granted = forPurpose.Where(a => a.Granted && !(emailOptOut && IsEmail(a.Channel))).Select(a => a.Channel);
        return [.. channels.Where(c => !withdrawn.Contains(c)).Concat(granted).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static bool IsEmail(string channel) => string.Equals(channel, ChannelConsent.Email, StringComparison.OrdinalIgnoreCase);
}
