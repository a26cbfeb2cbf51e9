namespace GiveBack.Reports.Lapsed;

/// <summary>
/// A lapsed donor as of the end of the report's fiscal year: their latest standing gift on or before that day and what
/// they had given in all up to it (minor units).
/// </summary>
public sealed record LapsedDonor(
    Guid DonorId,
    string FirstName,
    string LastName,
    string? Email,
    int? ClassYear,
    DateOnly LastGiftOn,
    long LastGiftAmount,
    long LifetimeAmount,
    long LifetimeGifts);
