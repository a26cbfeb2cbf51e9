namespace GiveBack.Giving.Endpoints.Donors;

/// <summary>A donor's profile as a client or a page sent it, before validation (create, patch and the workspace end here).</summary>
public sealed record DonorFields(
    string? FirstName, string? LastName, string? Email, int? ClassYear, bool EmailOptOut, string? Language, string? PreferredChannel);
