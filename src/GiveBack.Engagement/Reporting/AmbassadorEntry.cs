namespace GiveBack.Engagement.Reporting;

public sealed record AmbassadorEntry(
    Guid DonorId, string FirstName, string LastName, int? ClassYear, double Score, DateTimeOffset Since, IReadOnlyList<string> Reasons);
