using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GiveBack.Server.Health;

/// <summary>Ready only when this silo is an active member of the cluster, so no request reaches a silo still joining.</summary>
internal sealed class SiloHealthCheck(IClusterMembershipService membership, ILocalSiloDetails silo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy("The silo is an active cluster member.")
            : HealthCheckResult.Unhealthy($"The silo is {status}."));
    }
}
