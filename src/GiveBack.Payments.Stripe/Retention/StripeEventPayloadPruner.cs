using GiveBack.Data.Retention;
using GiveBack.Payments.Stripe.Data;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Payments.Stripe.Retention;

/// <summary>
/// Clears the raw payload of Stripe events processed long ago: it holds the payer's name, e-mail and address, and once
/// processed nothing reads it (the processor fetches current objects from Stripe). The row — id, type, outcome — stays
/// as the record of what Stripe said. Events still pending or parked keep their payload: they are yet to be processed.
/// </summary>
internal sealed class StripeEventPayloadPruner(IDbContextFactory<PaymentsDbContext> contexts) : IRetentionPruner
{
    public string Name => "stripe event payloads";

    public int RetentionDays(RetentionOptions options) => options.StripeEventPayloadDays;

    public async Task<int> PruneBatchAsync(DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE stripe_events SET payload = NULL
            WHERE id IN (SELECT id FROM stripe_events
                         WHERE processed_at < {cutoff} AND payload IS NOT NULL
                         ORDER BY processed_at LIMIT {batchSize})
            """,
            cancellationToken);
    }
}
