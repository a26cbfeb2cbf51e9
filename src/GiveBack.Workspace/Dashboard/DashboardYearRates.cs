using GiveBack.Reports.Participation;
using GiveBack.Reports.Retention;
using Microsoft.Extensions.Caching.Memory;

namespace GiveBack.Workspace.Dashboard;

/// <summary>
/// The dashboard's retention and participation, computed at most once every <see cref="Freshness"/> for everyone. The
/// two reports read the rollups in about half a second each at a million donors (docs/benchmarks.md), and the
/// dashboard is the page every member of staff opens first, many times a day; a rate that moves by a donor at a time
/// is as true five minutes later. The page says when the figures were computed.
/// </summary>
public sealed class DashboardYearRates(RetentionReport retention, ParticipationReport participation, IMemoryCache cache, TimeProvider clock)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromMinutes(5);

    public async Task<YearRates> OfAsync(int fiscalYear, string currency, CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync((nameof(DashboardYearRates), fiscalYear, currency), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Freshness;
            var retained = await retention.RunAsync(fiscalYear, currency, cancellationToken);
            var participating = await participation.RunAsync(fiscalYear, null, currency, cancellationToken);
            return new YearRates(retained.RetentionRate, participating?.ParticipationRate, clock.GetUtcNow());
        }))!;
}
