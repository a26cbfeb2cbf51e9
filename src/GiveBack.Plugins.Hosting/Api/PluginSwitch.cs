namespace GiveBack.Plugins.Hosting.Api;

/// <summary>What turning a plugin on or off did: the plugin as it now stands, or why nothing changed.</summary>
public sealed record PluginSwitch(PluginSwitchOutcome Outcome, PluginView? Plugin, string? Why);
