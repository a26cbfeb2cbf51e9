using System.Text.Json;
using GiveBack.Plugins.Abstractions.Events;
using GiveBack.Plugins.Hosting.Logging;
using GiveBack.Plugins.Hosting.Registry;
using GiveBack.Plugins.Hosting.Storage;
using GiveBack.Plugins.Hosting.Telemetry;
using GiveBack.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiveBack.Plugins.Hosting.Dispatch;

/// <summary>
/// One iteration of one plugin's delivery loop: first the retries that are due (head of line per donor), then new
/// outbox rows after the plugin's cursor. Each event's outcome and the cursor move are committed together, so a
/// crash at any point redelivers (at-least-once) and never skips.
/// </summary>
internal sealed partial class PluginDeliveryCycle(
    IOptions<PluginHostOptions> options, TimeProvider timeProvider,
    ILogger<PluginDeliveryCycle> logger)
{
    private const int MaxRetryPasses = 20;

    private PluginHostOptions Options => options.Value;

    public async Task RunAsync(PluginsDbContext db, PluginEntry plugin, CancellationToken stopping)
    {
        for (var pass = 0; pass < MaxRetryPasses; pass++)
        {
            var due = await DeliveryStore.ReadDueAsync(db, plugin.Id, timeProvider.GetUtcNow(), Options.BatchSize, stopping);
            var delivered = 0;
            foreach (var row in due)
            {
                if (!plugin.Ready)
                {
                    return;
                }

                var record = await DeliverAsync(db, plugin, row, row.Attempts + 1, stopping);
                await DeliveryStore.UpdateAsync(db, plugin.Id, row, record, stopping);
                delivered += record.Status == DeliveryRecord.Delivered ? 1 : 0;
            }

            // A success may have released the next event of the same donor: go again while that makes progress.
            if (delivered == 0)
            {
                break;
            }
        }

        await DeliverNewAsync(db, plugin, stopping);
    }

    private async Task DeliverNewAsync(PluginsDbContext db, PluginEntry plugin, CancellationToken stopping)
    {
        var cursor = await DeliveryStore.ReadCursorAsync(db, plugin.Id, stopping);
        var rows = await DeliveryStore.ReadNewAsync(db, cursor, Options.BatchSize, stopping);
        if (rows.Count == 0)
        {
            return;
        }

        var blocked = await DeliveryStore.ReadBlockedDonorsAsync(db, plugin.Id, stopping);
        foreach (var row in rows)
        {
            if (!plugin.Ready)
            {
                return;
            }

            DeliveryRecord? record;
            if (!EventTypes.All.Contains(row.Type) || !plugin.Connectors.Any(c => SafeAccepts(c, row.Type)))
            {
                record = null; // not for this plugin: the cursor just moves on
            }
            else if (row.DonorId is { } donor && blocked.Contains(donor))
            {
                record = DeliveryRecord.Waiting(timeProvider.GetUtcNow());
            }
            else
            {
                record = await DeliverAsync(db, plugin, row, 1, stopping);
                if (record.Status == DeliveryRecord.Pending && row.DonorId is { } failedDonor)
                {
                    blocked.Add(failedDonor);
                }
            }

            await DeliveryStore.TakeNewAsync(db, plugin.Id, row, record, stopping);
        }
    }

    private async Task<DeliveryRecord> DeliverAsync(
        PluginsDbContext db, PluginEntry plugin, OutboxRow row, int attempt, CancellationToken stopping)
    {
        using var activity = PluginTelemetry.Activities.StartActivity("plugin.deliver");
        activity?.SetTag("plugin.id", plugin.Id);
        activity?.SetTag("giveback.event_type", row.Type);
        activity?.SetTag("giveback.outbox_id", row.Id);
        activity?.SetTag("plugin.attempt", attempt);
        var record = await DeliverOnceAsync(db, plugin, row, attempt, stopping);
        if (record.Status != DeliveryRecord.Delivered)
        {
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, record.Status);
        }

        return record;
    }

    private async Task<DeliveryRecord> DeliverOnceAsync(
        PluginsDbContext db, PluginEntry plugin, OutboxRow row, int attempt, CancellationToken stopping)
    {
        GiveBackEvent? @event;
        try
        {
            @event = EventJson.Deserialize(row.Type, row.Payload);
        }
        catch (JsonException ex)
        {
            // A payload no plugin can read will never get better: straight to the dead letters.
            return await DeadAsync(db, plugin, row, attempt, $"unreadable {row.Type} payload: {ex.Message}", stopping);
        }

        var delivery = new EventDelivery(row.Id, row.Type, row.OccurredAt, attempt, @event!);
        string? error = null;
        foreach (var connector in plugin.Connectors.Where(c => SafeAccepts(c, row.Type)))
        {
            error = await PluginInvoker.InvokeAsync(
                token => connector.PushAsync(delivery, token), Options.Timeout, timeProvider, stopping);
            if (error is not null)
            {
                break;
            }
        }

        var now = timeProvider.GetUtcNow();
        if (error is null)
        {
            plugin.Update(s => s with { LastSuccessAt = now, ConsecutiveFailures = 0 });
            await PluginSettingsStore.RecordSuccessAsync(db, plugin.Id, now, stopping);
            return DeliveryRecord.Succeeded(attempt, now);
        }

        LogFailed(plugin.Id, row.Id, row.Type, attempt, PersonalDataRedaction.Redact(error)!);
        plugin.Update(s => s with { LastFailureAt = now, LastError = error, ConsecutiveFailures = s.ConsecutiveFailures + 1 });
        await PluginSettingsStore.RecordFailureAsync(db, plugin.Id, now, error, stopping);
        if (attempt >= Options.MaxAttempts)
        {
            return await DeadAsync(db, plugin, row, attempt, error, stopping);
        }

        return DeliveryRecord.RetryAt(attempt, now + Backoff.After(attempt, Options.BackoffBase, Options.BackoffMax), error);
    }

    private async Task<DeliveryRecord> DeadAsync(
        PluginsDbContext db, PluginEntry plugin, OutboxRow row, int attempt, string error, CancellationToken stopping)
    {
        var now = timeProvider.GetUtcNow();
        LogDeadLetter(plugin.Id, row.Id, row.Type, attempt, PersonalDataRedaction.Redact(error)!);
        await DeadLetterStore.AddAsync(db, plugin.Id, row, attempt, error, now, stopping);
        return DeliveryRecord.DeadAt(attempt, now, error);
    }

    private bool SafeAccepts(Abstractions.Crm.ICrmConnector connector, string type)
    {
        try
        {
            return connector.Accepts(type);
        }
        catch (Exception ex)
        {
            LogAcceptsFailed(type, PersonalDataRedaction.Redact(ex.Message)!);
            return true; // deliver and let the failure show in the delivery record rather than silently skip
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {PluginId} failed outbox event {OutboxId} ({EventType}), attempt {Attempt}: {Error}")]
    private partial void LogFailed(string pluginId, long outboxId, string eventType, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Plugin {PluginId}: outbox event {OutboxId} ({EventType}) dead-lettered after {Attempts} attempts: {Error}")]
    private partial void LogDeadLetter(string pluginId, long outboxId, string eventType, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A connector threw from Accepts({EventType}): {Error}")]
    private partial void LogAcceptsFailed(string eventType, string error);
}
