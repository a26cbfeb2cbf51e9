namespace GiveBack.Grains.Abstractions.Donors;

/// <summary>
/// Who a donor is. A null class year is a friend of the institution rather than an alumnus. <see cref="Language"/> is
/// the language messages are written in (<c>en</c> or <c>fr</c>). A donor who opted out of e-mail gets nothing by
/// e-mail, not even a thank-you (the receipt stays available to staff). <see cref="PreferredChannel"/> names the
/// outreach channel the donor asked to be reached on (null: e-mail); asking for a channel is consent to it.
/// </summary>
[GenerateSerializer, Immutable, Alias("giveback.donor-profile")]
public sealed record DonorProfile(
    [property: Id(0)] string FirstName,
    [property: Id(1)] string LastName,
    [property: Id(2)] string? Email,
    [property: Id(3)] int? ClassYear,
    [property: Id(4)] bool EmailOptOut = false,
    [property: Id(5)] string Language = DonorLanguages.Default,
    [property: Id(6)] string? PreferredChannel = null);
