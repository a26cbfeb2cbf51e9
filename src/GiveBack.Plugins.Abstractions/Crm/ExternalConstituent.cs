namespace GiveBack.Plugins.Abstractions.Crm;

/// <summary>A constituent as the external CRM knows it.</summary>
/// <param name="ExternalId">The CRM's id for the constituent (e.g. a Salesforce Contact id).</param>
/// <param name="DonorId">The GiveBack donor id when the CRM stores it, so the host can link the two.</param>
/// <param name="Email">Email address, used to match when <paramref name="DonorId"/> is absent.</param>
/// <param name="FirstName">Given name.</param>
/// <param name="LastName">Family name.</param>
/// <param name="ModifiedAt">When the CRM last changed the record.</param>
public sealed record ExternalConstituent(string ExternalId, Guid? DonorId, string? Email, string? FirstName, string? LastName, DateTimeOffset? ModifiedAt);
