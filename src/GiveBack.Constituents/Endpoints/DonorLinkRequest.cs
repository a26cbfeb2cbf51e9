namespace GiveBack.Constituents.Endpoints;

/// <summary>
/// A link from the path's donor: <c>spouse</c> with <c>relatedDonorId</c>, or <c>employer</c> with
/// <c>relatedDonorId</c> (an organisation on file as a donor) or <c>employerName</c>; <c>since</c> optional.
/// </summary>
public sealed record DonorLinkRequest(string? Kind, Guid? RelatedDonorId, string? EmployerName, DateOnly? Since);
