namespace GiveBack.Payments;

public sealed record CheckoutSummary(string SessionId, bool Paid, long ChargedAmount, string Currency, bool Monthly, string? Email);
