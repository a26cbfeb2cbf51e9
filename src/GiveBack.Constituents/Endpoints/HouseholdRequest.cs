namespace GiveBack.Constituents.Endpoints;

/// <summary>A household's name and salutation ("Mr and Mrs Smith", "Alex and Sam Smith").</summary>
public sealed record HouseholdRequest(string? Name, string? Salutation);
