namespace GiveBack.Plugins.Hosting.Registry;

/// <summary>Whether the host could load a plugin.</summary>
public enum PluginState
{
    /// <summary>Loaded in its own context and registered its services.</summary>
    Loaded = 0,

    /// <summary>Not loaded; <see cref="PluginEntry.RefusalReason"/> says why.</summary>
    Refused = 1,
}
