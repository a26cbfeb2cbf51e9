namespace GiveBack.Constituents.Relationships;

/// <summary>
/// One donor's hard and soft credit in a fiscal year and currency (minor units), with the household they belong to.
/// </summary>
public sealed record CreditReportRow(
    Guid DonorId, string FirstName, string LastName, Guid? HouseholdId, string? HouseholdName, long HardAmount, int HardGifts, long SoftAmount,
    int SoftGifts, long RecognitionAmount);
