using GiveBack.Ledger.Outreach;
using GiveBack.Outreach.Queue;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GiveBack.Outreach.Health;

/// <summary>
/// Reports the queue in the readiness details (waiting, being retried, dead). It never makes the host unready: messages
/// that cannot be sent are an operator's matter (GET /api/v1/outreach?status=dead), not a reason to stop serving.
/// </summary>
public sealed class OutreachHealthCheck(OutreachStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var counts = await store.CountUnsettledAsync(cancellationToken);
        var queued = counts.GetValueOrDefault(OutreachStatuses.Queued);
        var failed = counts.GetValueOrDefault(OutreachStatuses.Failed);
        var dead = counts.GetValueOrDefault(OutreachStatuses.Dead);
        return HealthCheckResult.Healthy($"{queued} queued, {failed} failed and waiting for a retry, {dead} dead");
    }
}
