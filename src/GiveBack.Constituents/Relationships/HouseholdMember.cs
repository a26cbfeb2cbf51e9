namespace GiveBack.Constituents.Relationships;

/// <summary>A member of a household, by name as the donor's record holds it.</summary>
public sealed record HouseholdMember(Guid DonorId, string FirstName, string LastName, DateTimeOffset JoinedAt);
