using System.Text.Json;
using GiveBack.Ledger.Donors;

namespace GiveBack.Constituents.Audit;

/// <summary>A donor's personal details as the audit log keeps them before and after a write: the searchable copy's fields.</summary>
public static class DonorSnapshot
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string? Of(DonorRecord? donor) => donor is null
        ? null
        : JsonSerializer.Serialize(
            new
            {
                donor.FirstName,
                donor.LastName,
                donor.Email,
                donor.ClassYear,
                donor.EmailOptOut,
                donor.Language,
                donor.PreferredChannel,
            },
            Json);
}
