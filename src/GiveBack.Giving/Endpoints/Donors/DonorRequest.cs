namespace GiveBack.Giving.Endpoints.Donors;

/// <summary>A new donor. Every field is nullable here so that a missing one is reported by name, not as bad JSON.</summary>
public sealed record DonorRequest(string? FirstName, string? LastName, string? Email, int? ClassYear, bool? EmailOptOut = null, string? Language = null, string? PreferredChannel = null);
