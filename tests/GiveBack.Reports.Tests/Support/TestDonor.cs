namespace GiveBack.Reports.Tests.Support;

public sealed record TestDonor(Guid Id, string FirstName, string LastName, string? Email, int? ClassYear);
