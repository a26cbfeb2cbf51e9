namespace GiveBack.Payments.Rules;

/// <summary>A ledger write the payment grain performs, in the order the rules give them.</summary>
public abstract record PaymentEffect;

/// <summary>Book the payment's one gift for its whole amount.</summary>
public sealed record BookGift : PaymentEffect;

/// <summary>Reverse the standing gift and book what was not refunded in its place; <paramref name="Refunded"/> names the step.</summary>
public sealed record RebookRemainder(long Refunded) : PaymentEffect;

/// <summary>Reverse the standing gift for good (full refund or lost dispute).</summary>
public sealed record ReverseGift(string Reason) : PaymentEffect;
