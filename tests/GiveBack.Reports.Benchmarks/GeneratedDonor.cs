namespace GiveBack.Reports.Benchmarks;

internal readonly record struct GeneratedDonor(Guid Id, string FirstName, string LastName, int? ClassYear, DateTimeOffset CreatedAt);
