using GiveBack.Domain.Money;

namespace GiveBack.Payments.Stripe.Statements;

/// <summary>One gift on a statement, for what stands of it, with its receipt's number when it has a valid one.</summary>
internal sealed record StatementLine(DateOnly ReceivedOn, string? ReceiptNumber, string Campaign, string Method, Money Amount);
