using GiveBack.Plugins.Hosting.Registry;
using GiveBack.Plugins.Hosting.Storage;
using Microsoft.Extensions.Options;

namespace GiveBack.Plugins.Hosting.Api;

/// <summary>
/// The plugins as administrators see and switch them, for the plugins API and the workspace alike: each plugin's state,
/// health and missing settings, and turning one on or off without a restart (a plugin refused at load stays off).
/// </summary>
public sealed class PluginDesk(PluginRegistry registry, PluginSettingsStore settings, IOptions<PluginHostOptions> options)
{
    public const string NeedsConfiguration = "needs-configuration";

    public async Task<IReadOnlyList<PluginView>> ListAsync(CancellationToken cancellationToken = default)
    {
        var stored = await settings.ReadAllAsync(cancellationToken);
        return [.. registry.Plugins.Select(p => ToView(p, stored.GetValueOrDefault(p.Id)))];
    }

    public async Task<PluginSwitch> SetEnabledAsync(string id, bool enabled, CancellationToken cancellationToken = default)
    {
        var plugin = registry.Find(id);
        if (plugin is null)
        {
            return new PluginSwitch(PluginSwitchOutcome.Unknown, null, $"No plugin with id '{id}' was found in the plugins folder.");
        }

        if (enabled && plugin.State == PluginState.Refused)
        {
            return new PluginSwitch(PluginSwitchOutcome.Refused, null, $"Plugin '{plugin.Id}' cannot be enabled: {plugin.RefusalReason}");
        }

        await settings.SetEnabledAsync(plugin.Id, enabled, cancellationToken);
        plugin.Update(s => s with { Enabled = enabled });
        return new PluginSwitch(PluginSwitchOutcome.Switched, ToView(plugin, null), null);
    }

    private PluginView ToView(PluginEntry plugin, PluginStatus? stored)
    {
        var status = stored ?? plugin.Status;
        var health = plugin.State == PluginState.Refused
            ? PluginHealth.Unhealthy
            : status.HealthFor(options.Value.UnhealthyAfterFailures);
        var missing = plugin.MissingSettings;
        var state = plugin.State == PluginState.Loaded && missing.Count > 0 ? NeedsConfiguration : plugin.State.ToString();
        return new PluginView(
            plugin.Id, plugin.Version, state, status.Enabled && plugin.State == PluginState.Loaded,
            health.ToString(), status.LastSuccessAt, status.LastFailureAt, status.LastError ?? plugin.RefusalReason,
            plugin.RefusalReason, [.. plugin.Capabilities], [.. missing.Select(k => $"Plugins:{plugin.Id}:{k}")]);
    }
}
