using System.Text.Json;
using System.Text.RegularExpressions;

namespace GiveBack.Plugins.Hosting.Loading;

/// <summary>The <c>plugin.json</c> beside a plugin's assemblies.</summary>
/// <param name="Id">Stable id, also the configuration section <c>Plugins:&lt;Id&gt;</c>: letters, digits, '-' and '_'.</param>
/// <param name="Version">The plugin's own version.</param>
/// <param name="EntryAssembly">The file name of the assembly holding the <c>IGiveBackPlugin</c> implementation.</param>
/// <param name="AbstractionsVersion">The version of GiveBack.Plugins.Abstractions the plugin was built against.</param>
/// <param name="RequiredSettings">
/// Keys of <c>Plugins:&lt;Id&gt;</c> the plugin cannot work without (e.g. <c>Url</c>). Until each has a value the plugin is
/// <c>needs-configuration</c>: it is sent nothing, and its events wait in the outbox.
/// </param>
public sealed partial record PluginManifest(
    string Id, string Version, string EntryAssembly, string AbstractionsVersion, IReadOnlyList<string>? RequiredSettings = null)
{
    public const string FileName = "plugin.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Reads and validates the manifest of a plugin folder.</summary>
    /// <exception cref="PluginRefusedException">The manifest is missing, unreadable or invalid.</exception>
    public static PluginManifest Read(string pluginDirectory)
    {
        var path = Path.Combine(pluginDirectory, FileName);
        if (!File.Exists(path))
        {
            throw new PluginRefusedException($"no {FileName} in {pluginDirectory}");
        }

        PluginManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<PluginManifest>(File.ReadAllText(path), Json);
        }
        catch (JsonException ex)
        {
            throw new PluginRefusedException($"{FileName} is not valid JSON: {ex.Message}");
        }

        if (manifest is null)
        {
            throw new PluginRefusedException($"{FileName} is empty");
        }

        manifest.Validate();
        return manifest;
    }

    private void Validate()
    {
        if (string.IsNullOrWhiteSpace(Id) || !IdPattern().IsMatch(Id))
        {
            throw new PluginRefusedException($"{FileName}: id '{Id}' must be letters, digits, '-' or '_'");
        }

        if (string.IsNullOrWhiteSpace(Version))
        {
            throw new PluginRefusedException($"{FileName}: version is required");
        }

        if (string.IsNullOrWhiteSpace(EntryAssembly) || Path.GetFileName(EntryAssembly) != EntryAssembly
            || !EntryAssembly.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            throw new PluginRefusedException($"{FileName}: entryAssembly '{EntryAssembly}' must be a .dll file name in the plugin folder");
        }

        if (string.IsNullOrWhiteSpace(AbstractionsVersion))
        {
            throw new PluginRefusedException($"{FileName}: abstractionsVersion is required");
        }

        if (RequiredSettings?.FirstOrDefault(s => string.IsNullOrWhiteSpace(s) || s.Contains(':', StringComparison.Ordinal)) is { } bad)
        {
            throw new PluginRefusedException($"{FileName}: requiredSettings entry '{bad}' must be a key of the plugin's own section");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")]
    private static partial Regex IdPattern();
}
