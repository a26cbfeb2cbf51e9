namespace GiveBack.GivingDays.Endpoints;

/// <summary>
/// Where a challenge stands: its standing donors and amount (minor units of <see cref="Currency"/>), and for a
/// participation challenge the class's alumni of record and the rate in percent; <see cref="Current"/> is the figure
/// compared with the threshold (donors, minor units or percent).
/// </summary>
public sealed record ChallengeProgressResponse(int Donors, long Amount, string Currency, long? AlumniOfRecord, decimal? Rate, decimal Current);
