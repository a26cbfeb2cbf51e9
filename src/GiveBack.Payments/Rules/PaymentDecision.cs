namespace GiveBack.Payments.Rules;

/// <summary>The position after an observation and the ledger writes that bring the ledger there.</summary>
public sealed record PaymentDecision(PaymentPosition Position, IReadOnlyList<PaymentEffect> Effects);
