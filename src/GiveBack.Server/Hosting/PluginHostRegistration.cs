using GiveBack.Data.Postgres;
using GiveBack.Data.Retention;
using GiveBack.Domain.Erasure;
using GiveBack.Plugins.Hosting;
using GiveBack.Plugins.Hosting.Storage;
using GiveBack.Plugins.Hosting.Sync;
using GiveBack.Scheduling;
using GiveBack.Server.Privacy;
using GiveBack.Server.Retention;

namespace GiveBack.Server.Hosting;

internal static class PluginHostRegistration
{
    /// <summary>
    /// The plugin host, its tables a step of the host's schema migrator (its EF migrations), its nightly CRM sync on the
    /// one scheduler, and the pruners that keep its delivery records and the delivered outbox events within retention.
    /// The plugin host library stays free of the ledger: it takes the data source from the container and leaves running
    /// its migrations and scheduling its job to whoever composes it.
    /// </summary>
    public static IHostApplicationBuilder AddGiveBackPluginHost(this IHostApplicationBuilder builder)
    {
        builder.AddGiveBackPlugins();
        builder.Services.AddEfMigrations<PluginsDbContext>();
        builder.Services.AddDailyJob<CrmSyncJob>(CrmSyncJob.Key, (_, scheduling) => scheduling.CrmSyncCron);
        // What retention prunes on the plugins' behalf: delivered outbox events and plugins' delivery records.
        builder.Services.AddSingleton<IRetentionPruner, DeliveredOutboxPruner>();
        builder.Services.AddSingleton<IRetentionPruner, PluginDeliveryPruner>();
        builder.Services.AddSingleton<IDonorErasureStep, PluginRecordsErasure>();
        return builder;
    }
}
