using GiveBack.Domain.Money;
using GiveBack.Payments.Statements;
using GiveBack.Payments.Stripe.Receipts;

namespace GiveBack.Payments.Stripe.Statements;

/// <summary>A statement as composed, ready to print: whose, which days, the gifts, a total per currency, and the issuer.</summary>
internal sealed record Statement(
    StatementHolder Holder, StatementPeriod Period, DateOnly PrintedOn, IReadOnlyList<StatementLine> Lines, IReadOnlyList<Money> Totals, ReceiptIssuer Issuer);
