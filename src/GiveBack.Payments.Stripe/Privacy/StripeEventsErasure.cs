using GiveBack.Domain.Erasure;
using GiveBack.Payments.Stripe.Data;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Payments.Stripe.Privacy;

/// <summary>
/// Payments' part of an erasure: the raw payloads of processed Stripe events that name the donor (their e-mail or
/// name, or one of their Stripe customers) are cleared, as the retention job clears old ones; the rows stay as the
/// record of what Stripe said. Payments, receipts and monthly gifts hold amounts and Stripe's ids, not the person. A
/// tribute's name on a monthly gift names someone else and stays with the gift, as it stays on the ledger row.
/// </summary>
internal sealed class StripeEventsErasure(IDbContextFactory<PaymentsDbContext> contexts) : IDonorErasureStep
{
    public int Order => 300;

    public string Name => "payments: Stripe event payloads naming the donor";

    public async Task EraseAsync(DonorErasure erasure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customers = await db.Customers.Where(c => c.DonorId == erasure.DonorId).Select(c => c.CustomerId).ToListAsync(cancellationToken);
        var patterns = erasure.PersonalValues.Concat(customers).Select(v => $"%{EscapeLike(v)}%").ToArray();
        if (patterns.Length == 0)
        {
            return;
        }

        // One statement over the processed events; events still pending keep their payload until processed.
        await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE stripe_events SET payload = NULL
            WHERE payload IS NOT NULL AND processed_at IS NOT NULL AND payload::text ILIKE ANY ({patterns})
            """,
            cancellationToken);
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
