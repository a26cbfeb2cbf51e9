namespace GiveBack.Grains.Abstractions.Donors;

/// <summary>
/// Who a donor is. A null class year is a friend of the institution rather than an alumnus. A donor who opted out of
/// e-mail gets no appeal, reminder or follow-up by e-mail (receipts for their own gifts are still sent).
/// </summary>
[GenerateSerializer, Immutable, Alias("giveback.donor-profile")]
public sealed record DonorProfile(
    [property: Id(0)] string FirstName,
    [property: Id(1)] string LastName,
    [property: Id(2)] string? Email,
    [property: Id(3)] int? ClassYear,
    [property: Id(4)] bool EmailOptOut = false);
