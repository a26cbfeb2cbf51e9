using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Ledger.Donors;

namespace GiveBack.Giving.Donors;

/// <summary>A donor's searchable row as giving writes it, from the grain or from a bulk import alike.</summary>
internal static class DonorRows
{
    public static DonorRecord Of(Guid id, DonorProfile profile, DateTimeOffset createdAt, DateTimeOffset updatedAt) => new()
    {
        Id = id,
        FirstName = profile.FirstName,
        LastName = profile.LastName,
        Email = profile.Email,
        ClassYear = profile.ClassYear,
        EmailOptOut = profile.EmailOptOut,
        Language = profile.Language,
        PreferredChannel = profile.PreferredChannel,
        CreatedAt = createdAt,
        UpdatedAt = updatedAt,
    };
}
