namespace GiveBack.Constituents.Erasure;

/// <summary>
/// The record that a donor was erased: who asked, when, and which modules' steps ran. It names the donor by id only
/// (the pseudonym their amounts stay under) and is the answer to "was this person erased?".
/// </summary>
public sealed class DonorErasureRecord
{
    public Guid DonorId { get; init; }

    /// <summary>The staff member or API key that asked (the authenticated name).</summary>
    public required string RequestedBy { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>Null while the steps run: an erasure interrupted there is run again by the next request.</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>The steps that ran, in order, one per line.</summary>
    public string Steps { get; set; } = string.Empty;
}
