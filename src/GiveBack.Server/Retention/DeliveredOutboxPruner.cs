using GiveBack.Data.Retention;
using GiveBack.Plugins.Hosting.Retention;

namespace GiveBack.Server.Retention;

/// <summary>Delivered outbox events, pruned by the plugin host's rule (see <see cref="PluginRetention"/>).</summary>
internal sealed class DeliveredOutboxPruner(PluginRetention retention) : IRetentionPruner
{
    public string Name => "delivered outbox events";

    public int RetentionDays(RetentionOptions options) => options.DeliveredOutboxDays;

    public Task<int> PruneBatchAsync(DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken) =>
        retention.PruneDeliveredOutboxAsync(cutoff, batchSize, cancellationToken);
}
