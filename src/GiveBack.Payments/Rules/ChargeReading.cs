namespace GiveBack.Payments.Rules;

/// <summary>What one processor event says about the charge: its amount and how much of it was refunded by then.</summary>
public sealed record ChargeReading(long Amount, string Currency, long AmountRefunded);
