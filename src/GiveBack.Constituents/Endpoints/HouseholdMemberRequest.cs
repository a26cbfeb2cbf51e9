namespace GiveBack.Constituents.Endpoints;

/// <summary>The donor to add to a household.</summary>
public sealed record HouseholdMemberRequest(Guid? DonorId);
