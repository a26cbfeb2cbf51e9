namespace GiveBack.Plugins.Abstractions.Events;

/// <summary>A donor was created or their profile or consent changed.</summary>
/// <param name="DonorId">The donor.</param>
/// <param name="FirstName">Given name.</param>
/// <param name="LastName">Family name.</param>
/// <param name="Email">Primary email address, if known.</param>
/// <param name="Phone">Primary phone number, if known.</param>
/// <param name="ClassYear">Graduation year for alumni, if any.</param>
/// <param name="Language">Preferred language as an IETF tag, e.g. <c>en</c> or <c>fr</c>.</param>
/// <param name="ConsentedChannels">Outreach channels the donor agreed to be contacted on, e.g. <c>email</c> (empty: none).</param>
/// <param name="ChangedAt">When the change happened.</param>
/// <param name="PreferredChannel">The channel the donor prefers to be reached on; <c>email</c> unless they chose another.</param>
public sealed record DonorChanged(
    Guid DonorId,
    string FirstName,
    string LastName,
    string? Email,
    string? Phone,
    int? ClassYear,
    string Language,
    IReadOnlyList<string> ConsentedChannels,
    DateTimeOffset ChangedAt,
    string PreferredChannel) : GiveBackEvent(DonorId);
