namespace GiveBack.Constituents.Endpoints;

/// <summary>Soft credit on the path's gift: the donor credited, the amount in minor units (the whole gift when omitted) and why.</summary>
public sealed record SoftCreditRequest(Guid? DonorId, long? Amount, string? Reason);
