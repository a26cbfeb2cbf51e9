namespace GiveBack.Ledger.Donors;

/// <summary>
/// The searchable copy of a donor's profile. <c>DonorGrain</c> owns the profile and writes this row whenever it
/// changes; lists and search read it so that they never fan out to one grain per row.
/// </summary>
public sealed class DonorRecord
{
    public Guid Id { get; init; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    public string? Email { get; set; }

    public int? ClassYear { get; set; }

    /// <summary>The donor asked for no e-mail: scheduled outreach skips them.</summary>
    public bool EmailOptOut { get; set; }

    /// <summary>The language messages to the donor are written in (<c>en</c>, <c>fr</c>).</summary>
    public string Language { get; set; } = "en";

    /// <summary>The outreach channel the donor asked to be reached on; null means e-mail.</summary>
    public string? PreferredChannel { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
