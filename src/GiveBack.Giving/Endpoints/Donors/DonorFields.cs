namespace GiveBack.Giving.Endpoints.Donors;

/// <summary>A donor's profile as a client sent it, before validation (create and patch both end here).</summary>
internal sealed record DonorFields(
    string? FirstName, string? LastName, string? Email, int? ClassYear, bool EmailOptOut, string? Language, string? PreferredChannel);
