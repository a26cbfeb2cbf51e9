namespace GiveBack.Constituents.Endpoints;

/// <summary>One donor of a suggested pair, for staff to recognise.</summary>
public sealed record DuplicateDonor(Guid Id, string FirstName, string LastName, string? Email, int? ClassYear);
