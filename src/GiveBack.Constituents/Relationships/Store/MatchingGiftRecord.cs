namespace GiveBack.Constituents.Relationships.Store;

/// <summary>
/// An employer's matching gift linked to the employee's gift it matches. The matching gift is the employer's (hard
/// credit); the employee gets a soft credit for it, written with the link.
/// </summary>
public sealed class MatchingGiftRecord
{
    /// <summary>The employer's gift; a gift matches at most one gift.</summary>
    public Guid MatchingGiftId { get; init; }

    /// <summary>The employee's gift.</summary>
    public Guid MatchedGiftId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
