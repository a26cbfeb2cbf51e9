using GiveBack.Domain.Giving;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Ledger.Donors;

namespace GiveBack.Giving.Endpoints.Donors;

public sealed record DonorResponse(
    Guid Id,
    string FirstName,
    string LastName,
    string? Email,
    int? ClassYear,
    bool EmailOptOut,
    string Language,
    string? PreferredChannel,
    GivingSummary Giving,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static DonorResponse From(DonorView donor) => new(
        donor.Id, donor.Profile.FirstName, donor.Profile.LastName, donor.Profile.Email, donor.Profile.ClassYear,
        donor.Profile.EmailOptOut, donor.Profile.Language, donor.Profile.PreferredChannel, donor.Giving, donor.CreatedAt, donor.UpdatedAt);

    public static DonorResponse From(DonorRecord donor, GivingSummary giving) => new(
        donor.Id, donor.FirstName, donor.LastName, donor.Email, donor.ClassYear, donor.EmailOptOut, donor.Language, donor.PreferredChannel, giving, donor.CreatedAt, donor.UpdatedAt);
}
