namespace GiveBack.Plugins.Hosting.Api;

public enum PluginSwitchOutcome
{
    Switched,

    /// <summary>No plugin with that id is in the plugins folder.</summary>
    Unknown,

    /// <summary>The plugin was refused at load (an ABI or a contract it does not meet), so it cannot be turned on.</summary>
    Refused,
}
