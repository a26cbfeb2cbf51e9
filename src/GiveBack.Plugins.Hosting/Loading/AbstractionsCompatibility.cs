using GiveBack.Plugins.Abstractions;

namespace GiveBack.Plugins.Hosting.Loading;

/// <summary>
/// Semantic-version check of the plugin contract: a plugin runs on a host whose abstractions have the same major
/// version and at least the minor version it was built against (patches never matter).
/// </summary>
public static class AbstractionsCompatibility
{
    /// <summary>The abstractions version this host runs with.</summary>
    public static Version HostVersion { get; } = typeof(IGiveBackPlugin).Assembly.GetName().Version ?? new Version(1, 0, 0);

    /// <summary>Returns why a plugin built against <paramref name="required"/> cannot run, or null when it can.</summary>
    public static string? Check(string required, Version host)
    {
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(host);
        var core = required.Split('-', '+')[0];
        if (!Version.TryParse(core, out var wanted))
        {
            return $"abstractionsVersion '{required}' is not a version";
        }

        return Check(wanted, host);
    }

    /// <summary>Returns why a plugin built against <paramref name="wanted"/> cannot run, or null when it can.</summary>
    public static string? Check(Version wanted, Version host)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(host);
        var hostText = $"{host.Major}.{host.Minor}.{Math.Max(host.Build, 0)}";
        if (wanted.Major != host.Major)
        {
            return $"built against GiveBack.Plugins.Abstractions {wanted}, but the host has {hostText} (different major version)";
        }

        if (wanted.Minor > host.Minor)
        {
            return $"needs GiveBack.Plugins.Abstractions {wanted}, newer than the host's {hostText}";
        }

        return null;
    }
}
