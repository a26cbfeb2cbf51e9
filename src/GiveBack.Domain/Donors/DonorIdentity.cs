namespace GiveBack.Domain.Donors;

/// <summary>What the matching rules compare of a donor, known or about to be created.</summary>
public sealed record DonorIdentity(string? FirstName, string? LastName, string? Email, int? ClassYear);
