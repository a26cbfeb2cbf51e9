using GiveBack.Ledger.Donors;

namespace GiveBack.Giving.Donors;

/// <summary>What a donor grain persists: the profile it owns. Giving is derived from the ledger, never stored here.</summary>
[GenerateSerializer, Alias("giveback.donor-state")]
public sealed class DonorState
{
    [Id(0)] public string FirstName { get; set; } = string.Empty;

    [Id(1)] public string LastName { get; set; } = string.Empty;

    [Id(2)] public string? Email { get; set; }

    [Id(3)] public int? ClassYear { get; set; }

    [Id(4)] public DateTimeOffset CreatedAt { get; set; }

    [Id(5)] public DateTimeOffset UpdatedAt { get; set; }

    [Id(6)] public bool EmailOptOut { get; set; }

    [Id(7)] public string? Language { get; set; }

    [Id(8)] public string? PreferredChannel { get; set; }

    /// <summary>
    /// Set when this donor was merged into another: every call then answers for, or goes to, that donor. The
    /// profile is kept as it was, for the merge's record.
    /// </summary>
    [Id(9)] public Guid? MergedInto { get; set; }

    /// <summary>The state of a donor whose row was written without its grain (a bulk import).</summary>
    public static DonorState From(DonorRecord row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new DonorState
        {
            FirstName = row.FirstName,
            LastName = row.LastName,
            Email = row.Email,
            ClassYear = row.ClassYear,
            CreatedAt = row.CreatedAt,
            UpdatedAt = row.UpdatedAt,
            EmailOptOut = row.EmailOptOut,
            Language = row.Language,
            PreferredChannel = row.PreferredChannel,
        };
    }
}
