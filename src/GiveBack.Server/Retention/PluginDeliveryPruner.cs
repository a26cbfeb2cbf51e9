using GiveBack.Data.Retention;
using GiveBack.Plugins.Hosting.Retention;

namespace GiveBack.Server.Retention;

/// <summary>Plugins' records of delivered events (see <see cref="PluginRetention"/>).</summary>
internal sealed class PluginDeliveryPruner(PluginRetention retention) : IRetentionPruner
{
    public string Name => "plugin delivery records";

    public int RetentionDays(RetentionOptions options) => options.PluginDeliveryDays;

    public Task<int> PruneBatchAsync(DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken) =>
        retention.PruneDeliveryRecordsAsync(cutoff, batchSize, cancellationToken);
}
