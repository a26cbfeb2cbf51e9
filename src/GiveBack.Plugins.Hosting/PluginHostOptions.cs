using System.ComponentModel.DataAnnotations;

namespace GiveBack.Plugins.Hosting;

/// <summary>
/// The plugin host's settings, section <c>Plugins</c>. Each plugin's own settings live beside them in
/// <c>Plugins:&lt;Id&gt;</c>, so plugin ids must not be one of these property names.
/// </summary>
public sealed class PluginHostOptions
{
    public const string SectionName = "Plugins";

    /// <summary>The folder holding one sub-folder per plugin; relative paths are resolved beside the app.</summary>
    [Required]
    public string Directory { get; set; } = "plugins";

    /// <summary>When false the host loads plugins and serves the API but delivers nothing (e.g. an API-only node).</summary>
    public bool DispatchEnabled { get; set; } = true;

    /// <summary>How often each plugin's delivery loop looks for new or due events.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The most outbox rows one loop iteration reads for one plugin.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>How long one plugin call may take before it is abandoned and counted as a failure.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts per event and plugin before the event goes to the dead-letter list.</summary>
    [Range(1, 1_000)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The wait before the first retry; it doubles on each further failure.</summary>
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between two retries.</summary>
    public TimeSpan BackoffMax { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How many consecutive failures turn a plugin's health from degraded to unhealthy.</summary>
    [Range(1, 1_000)]
    public int UnhealthyAfterFailures { get; set; } = 3;
}
