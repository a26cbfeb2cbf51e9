namespace GiveBack.Constituents.Relationships;

/// <summary>An employer's matching gift linked to the employee's gift, with the employee's soft credit it brought.</summary>
public sealed record MatchingGiftView(Guid MatchingGiftId, Guid MatchedGiftId, Guid EmployerDonorId, Guid EmployeeDonorId, SoftCreditView SoftCredit);
