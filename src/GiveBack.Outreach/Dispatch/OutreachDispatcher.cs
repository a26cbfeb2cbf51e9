using GiveBack.Data.Infrastructure;
using GiveBack.Domain.Telemetry;
using GiveBack.Outreach.Queue;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiveBack.Outreach.Dispatch;

/// <summary>
/// The delivery loop: claims due messages (every host may run it; a claim is a lease, so a crashed host's messages come
/// back after <see cref="OutreachOptions.Lease"/>), sends each, and looks again after <see cref="OutreachOptions.PollInterval"/>
/// when the queue is drained. An idle host costs one indexed query per poll.
/// </summary>
public sealed partial class OutreachDispatcher(
    OutreachStore store,
    OutreachSender sender,
    IHostApplicationLifetime lifetime,
    IOptions<OutreachOptions> options,
    ILogger<OutreachDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        // After start-up, so the first sends find the silo's grains.
        if (!settings.DispatchEnabled || !await HostStart.WaitAsync(lifetime, stoppingToken))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                var batch = await store.ClaimAsync(settings.BatchSize, settings.Lease, stoppingToken);
                claimed = batch.Count;
                foreach (var message in batch)
                {
                    await SendOneAsync(message, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database is unreachable: look again at the next poll; claimed rows come back when their lease ends.
                LogPollFailed(exception);
            }

            if (claimed < settings.BatchSize)
            {
                try
                {
                    // Pacing is wall-clock time; every timestamp the loop writes comes from the product's TimeProvider.
                    await Task.Delay(settings.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task SendOneAsync(OutreachMessageRecord message, CancellationToken stoppingToken)
    {
        // One span per message, a root of its own: the request that queued it finished long ago.
        using var activity = GiveBackTelemetry.Activities.StartActivity("outreach.send");
        activity?.SetTag("outreach.kind", message.Kind);
        activity?.SetTag("outreach.attempt", message.Attempts + 1);
        try
        {
            await sender.SendAsync(message, stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, exception.GetType().Name);
            // Not the channel's answer (that is recorded) but e.g. the silo or the database failing: the lease expires
            // and the message is tried again, so one bad message never stops the others.
            LogMessageFailed(exception, message.Id, message.Kind);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look for outreach messages to send; retrying at the next poll")]
    private partial void LogPollFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outreach message {MessageId} ({Kind}) could not be processed; it is tried again when its lease ends")]
    private partial void LogMessageFailed(Exception exception, long messageId, string kind);
}
