using GiveBack.Domain.Outreach;
using GiveBack.Ledger.Consent;
using GiveBack.Plugins.Hosting.Registry;

namespace GiveBack.Outreach.Consent;

/// <summary>The consent channels from the plugin registry: e-mail, and every channel a loaded plugin offers.</summary>
internal sealed class PluginConsentChannels(PluginRegistry registry) : IConsentChannels
{
    public IReadOnlyList<string> Known =>
        [.. registry.Plugins.SelectMany(p => p.Channels.Select(c => c.Channel.ToLowerInvariant())).Prepend(ChannelConsent.Email).Distinct(StringComparer.Ordinal)];
}
