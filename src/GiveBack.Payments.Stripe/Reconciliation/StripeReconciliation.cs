using GiveBack.Ledger;
using GiveBack.Ledger.Gifts;
using GiveBack.Payments.Stripe.Processing;
using Microsoft.EntityFrameworkCore;
using Stripe;

namespace GiveBack.Payments.Stripe.Reconciliation;

/// <summary>
/// Lists the Stripe-sourced ledger rows received in a period beside Stripe's balance transactions of that period and
/// flags every disagreement. Gifts are matched through the balance transaction id kept when they were booked;
/// reversals are matched to refund and dispute transactions of the same amount (the ledger does not yet keep their
/// ids). A transaction outside the period that belongs to a gift in it is fetched by id.
/// </summary>
public sealed class StripeReconciliation(
    IStripeClient stripe, IDbContextFactory<GiveBackDbContext> ledger, PaymentRecords payments) : IReconciliation
{
    private static readonly string[] MoneyInTypes = ["charge", "payment"];
    private static readonly string[] MoneyOutTypes = ["refund", "payment_refund", "adjustment", "payment_failure_refund"];

    public async Task<ReconciliationReport> RunAsync(DateOnly fromDate, DateOnly toDate, CancellationToken cancellationToken = default)
    {
        var (from, to) = (fromDate, toDate);
        List<LedgerEntry> rows;
        await using (var db = await ledger.CreateDbContextAsync(cancellationToken))
        {
            rows = await db.LedgerEntries.AsNoTracking()
                .Where(e => e.Source == GiftSources.Stripe && e.ReceivedOn >= from && e.ReceivedOn <= to)
                .OrderBy(e => e.Sequence)
                .ToListAsync(cancellationToken);
        }

        var transactions = await TransactionsAsync(from, to, cancellationToken);
        var byId = transactions.ToDictionary(t => t.Id);
        // A partial refund is booked as a reversal of the standing gift plus the remainder rebooked in its place:
        // the pair together is the refund, and the remainder is not a new payment.
        var remainders = rows.Where(IsRemainder).ToDictionary(r => r.IdempotencyKey!, StringComparer.Ordinal);
        var gifts = rows.Where(r => r.ReversesEntryId is null && !IsRemainder(r)).ToList();
        var records = (await payments.ForGiftsAsync([.. gifts.Select(g => g.Id)], cancellationToken))
            .Where(p => p.GiftId is not null)
            .ToDictionary(p => p.GiftId!.Value);
        var used = new HashSet<string>();
        var lines = new List<ReconciliationLine>();

        foreach (var gift in gifts)
        {
            var transactionId = records.TryGetValue(gift.Id, out var record) ? record.BalanceTransactionId : null;
            BalanceTransaction? transaction = null;
            if (transactionId is not null && !byId.TryGetValue(transactionId, out transaction))
            {
                transaction = await new BalanceTransactionService(stripe).GetAsync(transactionId, cancellationToken: cancellationToken);
            }

            if (transaction is not null)
            {
                used.Add(transaction.Id);
            }

            lines.Add(Line(gift, transaction, GiftIssue(gift, transaction, transactionId)));
        }

        var outgoing = transactions.Where(t => MoneyOutTypes.Contains(t.Type) && !used.Contains(t.Id)).ToList();
        foreach (var reversal in rows.Where(r => r.ReversesEntryId is not null))
        {
            var refunded = RemainderOf(reversal, remainders) is { } remainder ? reversal.Amount + remainder.Amount : reversal.Amount;
            var match = outgoing.FirstOrDefault(t => t.Amount == refunded && t.Currency.Equals(reversal.Currency, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                outgoing.Remove(match);
                used.Add(match.Id);
            }

            lines.Add(Line(reversal, match, match is null ? "No Stripe refund or dispute transaction of this amount in the period." : null));
        }

        lines.AddRange(remainders.Values.Select(remainder => Line(remainder, null, null)));

        foreach (var orphan in transactions.Where(t => !used.Contains(t.Id) && (MoneyInTypes.Contains(t.Type) || MoneyOutTypes.Contains(t.Type))))
        {
            lines.Add(new ReconciliationLine(
                null, null, orphan.Id, orphan.Type, null, null, null, orphan.Amount, orphan.Fee, orphan.Net,
                orphan.Currency.ToUpperInvariant(),
                MoneyInTypes.Contains(orphan.Type)
                    ? "Stripe received this payment but no ledger row books it (not a GiveBack gift, or its event is not processed yet)."
                    : "Stripe paid this out but no ledger reversal matches it."));
        }

        var mismatched = lines.Count(l => l.Issue is not null);
        return new ReconciliationReport(from, to, lines.Count - mismatched, mismatched, lines);
    }

    private const string PartialRefundPrefix = "stripe:partial:";
    private const string ReversalSuffix = ":reversal";

    private static bool IsRemainder(LedgerEntry row) =>
        row.ReversesEntryId is null && row.IdempotencyKey is { } key && key.StartsWith(PartialRefundPrefix, StringComparison.Ordinal);

    private static LedgerEntry? RemainderOf(LedgerEntry reversal, Dictionary<string, LedgerEntry> remainders) =>
        reversal.IdempotencyKey is { } key && key.StartsWith(PartialRefundPrefix, StringComparison.Ordinal) && key.EndsWith(ReversalSuffix, StringComparison.Ordinal)
            && remainders.TryGetValue(key[..^ReversalSuffix.Length], out var remainder)
            ? remainder
            : null;

    private async Task<List<BalanceTransaction>> TransactionsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var options = new BalanceTransactionListOptions
        {
            Limit = 100,
            Created = new DateRangeOptions
            {
                GreaterThanOrEqual = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                LessThan = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            },
        };
        var list = new List<BalanceTransaction>();
        await foreach (var transaction in new BalanceTransactionService(stripe).ListAutoPagingAsync(options, cancellationToken: cancellationToken))
        {
            list.Add(transaction);
        }

        return list;
    }

    private static string? GiftIssue(LedgerEntry gift, BalanceTransaction? transaction, string? transactionId)
    {
        if (transactionId is null)
        {
            return "The ledger row has no Stripe balance transaction on record.";
        }

        if (transaction is null)
        {
            return $"Stripe has no balance transaction {transactionId}.";
        }

        var problems = new List<string>();
        if (transaction.Amount != gift.Amount)
        {
            problems.Add($"amount {gift.Amount} in the ledger, {transaction.Amount} at Stripe");
        }

        if (gift.FeeAmount is { } fee && fee != transaction.Fee)
        {
            problems.Add($"fee {fee} in the ledger, {transaction.Fee} at Stripe");
        }

        if (gift.NetAmount is { } net && net != transaction.Net)
        {
            problems.Add($"net {net} in the ledger, {transaction.Net} at Stripe");
        }

        if (!transaction.Currency.Equals(gift.Currency, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"currency {gift.Currency} in the ledger, {transaction.Currency.ToUpperInvariant()} at Stripe");
        }

        return problems.Count == 0 ? null : "Differs: " + string.Join("; ", problems) + ".";
    }

    private static ReconciliationLine Line(LedgerEntry row, BalanceTransaction? transaction, string? issue) => new(
        row.Id, row.ExternalId, transaction?.Id, transaction?.Type ?? (row.ReversesEntryId is null ? "gift" : "reversal"),
        row.Amount, row.FeeAmount, row.NetAmount, transaction?.Amount, transaction?.Fee, transaction?.Net, row.Currency, issue);
}
