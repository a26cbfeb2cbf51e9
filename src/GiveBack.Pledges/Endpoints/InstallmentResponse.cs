namespace GiveBack.Pledges.Endpoints;

public sealed record InstallmentResponse(int Number, DateOnly DueOn, long Amount, long PaidAmount, string Status);
