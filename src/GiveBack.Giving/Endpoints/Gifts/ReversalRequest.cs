namespace GiveBack.Giving.Endpoints.Gifts;

/// <summary>Why a gift is being reversed: a bounced cheque, a refund, a gift booked twice by mistake.</summary>
public sealed record ReversalRequest(string? Reason);
