namespace GiveBack.Reports.Rfm;

/// <summary>A donor's standing gifts summed up (minor units) and scored 1 (lowest) to 5 (highest) on each measure.</summary>
public sealed record RfmDonor(
    Guid DonorId,
    string? FirstName,
    string? LastName,
    string? Email,
    int? ClassYear,
    DateOnly LastGiftOn,
    long Gifts,
    long Amount,
    int Recency,
    int Frequency,
    int Monetary,
    string Segment);
