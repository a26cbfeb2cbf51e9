using GiveBack.Plugins.Abstractions.Outreach;
using GiveBack.Plugins.Hosting.Dispatch;
using GiveBack.Plugins.Hosting.Registry;
using Microsoft.Extensions.Options;

namespace GiveBack.Plugins.Hosting.Outreach;

/// <summary>
/// The product's way to send a message through a plugin's outreach channel: the call is isolated (timeout,
/// exceptions become <see cref="OutreachStatus.Failed"/>), and a disabled or refused plugin is never called.
/// </summary>
public sealed class PluginChannels(PluginRegistry registry, IOptions<PluginHostOptions> options, TimeProvider timeProvider)
{
    /// <summary>The channel names offered by plugins that are loaded, enabled and configured.</summary>
    public IReadOnlyList<string> Available =>
        [.. registry.Plugins.Where(p => p.Ready)
            .SelectMany(p => p.Channels.Select(c => c.Channel)).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Sends through the first enabled plugin offering <paramref name="channel"/>.</summary>
    public async Task<OutreachResult> SendAsync(string channel, OutreachMessage message, CancellationToken cancellationToken)
    {
        var target = registry.Plugins
            .Where(p => p.Ready)
            .SelectMany(p => p.Channels.Select(c => (Plugin: p, Channel: c)))
            .FirstOrDefault(x => string.Equals(x.Channel.Channel, channel, StringComparison.OrdinalIgnoreCase));
        if (target.Channel is null)
        {
            return OutreachResult.Failed($"no enabled and configured plugin offers the channel '{channel}'");
        }

        var (result, error) = await PluginInvoker.InvokeAsync(
            token => target.Channel.SendAsync(message, token), options.Value.Timeout, timeProvider, cancellationToken);
        var now = timeProvider.GetUtcNow();
        if (error is not null || result is null)
        {
            var reason = error ?? "the channel returned no result";
            target.Plugin.Update(s => s with { LastFailureAt = now, LastError = reason, ConsecutiveFailures = s.ConsecutiveFailures + 1 });
            return OutreachResult.Failed(reason);
        }

        if (result.Status == OutreachStatus.Failed)
        {
            target.Plugin.Update(s => s with { LastFailureAt = now, LastError = result.Detail, ConsecutiveFailures = s.ConsecutiveFailures + 1 });
        }
        else
        {
            target.Plugin.Update(s => s with { LastSuccessAt = now, ConsecutiveFailures = 0 });
        }

        return result;
    }
}
