using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GiveBack.Payments.Stripe.Webhooks;

/// <summary>
/// Reports parked and retrying Stripe events in the readiness details. A parked event is money Stripe was told GiveBack
/// has, not yet booked: the check is Degraded while any is parked, so monitoring sees it, but never Unhealthy — a
/// host that cannot book one event can still serve everything else, and /health/ready keeps answering 200.
/// </summary>
public sealed class StripeEventsHealthCheck(IPaymentEvents events) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (parked, retrying) = await events.CountTroubleAsync(cancellationToken);
        var description = $"{parked} parked, {retrying} failed and waiting for a retry";
        return parked > 0
            ? HealthCheckResult.Degraded($"{description}: replay parked events (GET /api/v1/payments/events?status=parked)")
            : HealthCheckResult.Healthy(description);
    }
}
