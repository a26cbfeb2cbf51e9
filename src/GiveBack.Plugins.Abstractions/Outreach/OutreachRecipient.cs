namespace GiveBack.Plugins.Abstractions.Outreach;

/// <summary>The donor a message goes to, with the contact details and consent the channel needs.</summary>
/// <param name="DonorId">The donor.</param>
/// <param name="FirstName">Given name.</param>
/// <param name="LastName">Family name.</param>
/// <param name="Email">Email address, if known.</param>
/// <param name="Phone">Phone number, if known.</param>
/// <param name="Language">Preferred language as an IETF tag, e.g. <c>en</c> or <c>fr</c>.</param>
/// <param name="ConsentedChannels">The channels the donor agreed to be contacted on.</param>
public sealed record OutreachRecipient(Guid DonorId, string FirstName, string LastName, string? Email, string? Phone, string Language, IReadOnlyCollection<string> ConsentedChannels)
{
    /// <summary>Whether the donor agreed to be contacted on a channel (names compared case-insensitively).</summary>
    /// <param name="channel">The channel name, e.g. <c>email</c>.</param>
    /// <returns>True when consent was given.</returns>
    public bool HasConsentedTo(string channel) =>
        ConsentedChannels.Any(c => string.Equals(c, channel, StringComparison.OrdinalIgnoreCase));
}
