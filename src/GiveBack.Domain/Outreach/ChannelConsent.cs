namespace GiveBack.Domain.Outreach;

/// <summary>
/// Which outreach channels a donor may be contacted on, from what the profile records: e-mail unless the donor opted
/// out of it, and the channel the donor asked to be reached on (asking for it is consent to it).
/// </summary>
public static class ChannelConsent
{
    public const string Email = "email";

    public static IReadOnlyList<string> ConsentedChannels(bool emailOptOut, string? preferredChannel)
    {
        var channels = new List<string>(2);
        if (!emailOptOut)
        {
            channels.Add(Email);
        }

        if (preferredChannel is { Length: > 0 } preferred && !string.Equals(preferred, Email, StringComparison.OrdinalIgnoreCase))
        {
            channels.Add(preferred);
        }

        return channels;
    }

    /// <summary>The channel to try first: the one the donor asked for, else e-mail.</summary>
    public static string Preferred(string? preferredChannel) =>
        preferredChannel is { Length: > 0 } preferred ? preferred : Email;
}
