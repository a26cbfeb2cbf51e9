using GiveBack.Plugins.Abstractions.Crm;
using GiveBack.Plugins.Abstractions.Outreach;
using GiveBack.Plugins.Hosting.Loading;
using Microsoft.Extensions.Configuration;

namespace GiveBack.Plugins.Hosting.Registry;

/// <summary>One plugin folder as this host sees it: loaded (with its services) or refused (with the reason).</summary>
public sealed class PluginEntry : IDisposable
{
    private readonly IDisposable? _services;
    private readonly IConfiguration? _settings;
    private readonly IReadOnlyList<string> _requiredSettings;
    private readonly Lock _gate = new();
    private PluginStatus _status = PluginStatus.Initial;
    private long _changes;
    private long _cycles;

    private PluginEntry(
        string id, string? version, string directory, PluginState state, string? refusalReason, IDisposable? services,
        IReadOnlyList<ICrmConnector> connectors, IReadOnlyList<IOutreachChannel> channels,
        IConfiguration? settings = null, IReadOnlyList<string>? requiredSettings = null)
    {
        _settings = settings;
        _requiredSettings = requiredSettings ?? [];
        Id = id;
        Version = version;
        Directory = directory;
        State = state;
        RefusalReason = refusalReason;
        _services = services;
        Connectors = connectors;
        Channels = channels;
    }

    public string Id { get; }

    public string? Version { get; }

    public string Directory { get; }

    public PluginState State { get; }

    public string? RefusalReason { get; }

    public IReadOnlyList<ICrmConnector> Connectors { get; }

    public IReadOnlyList<IOutreachChannel> Channels { get; }

    /// <summary>The last known status; the database holds the shared truth across hosts.</summary>
    public PluginStatus Status
    {
        get
        {
            lock (_gate)
            {
                return _status;
            }
        }
    }

    public bool Enabled => Status.Enabled;

    /// <summary>
    /// The required settings (<c>Plugins:&lt;Id&gt;:&lt;key&gt;</c>) that have no value right now, read live so that a
    /// configuration reload takes effect without a restart.
    /// </summary>
    public IReadOnlyList<string> MissingSettings =>
        _settings is null ? [] : [.. _requiredSettings.Where(key => string.IsNullOrWhiteSpace(_settings[key]))];

    /// <summary>Loaded, enabled and configured: the only state in which the host calls the plugin.</summary>
    public bool Ready => State == PluginState.Loaded && Enabled && MissingSettings.Count == 0;

    /// <summary>How many delivery-loop iterations this host has completed for the plugin (for diagnostics and tests).</summary>
    public long DeliveryCycles => Interlocked.Read(ref _cycles);

    public IEnumerable<string> Capabilities =>
        Connectors.Select(_ => "crm-connector").Concat(Channels.Select(c => $"outreach-channel:{c.Channel}")).Distinct();

    internal static PluginEntry Loaded(
        PluginManifest manifest, string directory, IDisposable services,
        IReadOnlyList<ICrmConnector> connectors, IReadOnlyList<IOutreachChannel> channels, IConfiguration settings) =>
        new(manifest.Id, manifest.Version, directory, PluginState.Loaded, null, services, connectors, channels, settings, manifest.RequiredSettings);

    internal static PluginEntry Refused(string id, string? version, string directory, string reason) =>
        new(id, version, directory, PluginState.Refused, reason, null, [], []);

    /// <summary>How many times the status has changed: a reader of the stored settings notes it before reading.</summary>
    internal long Changes
    {
        get
        {
            lock (_gate)
            {
                return _changes;
            }
        }
    }

    internal void Update(Func<PluginStatus, PluginStatus> change)
    {
        lock (_gate)
        {
            _status = change(_status);
            _changes++;
        }
    }

    /// <summary>
    /// Takes a status read from the database, unless the status changed since <paramref name="changesBeforeRead"/>: a
    /// switch made meanwhile (an admin disabling the plugin) is newer than the read and must not be undone by it. The
    /// next read takes the stored settings again.
    /// </summary>
    internal void Refresh(long changesBeforeRead, PluginStatus read)
    {
        lock (_gate)
        {
            if (_changes == changesBeforeRead)
            {
                _status = read;
                _changes++;
            }
        }
    }

    internal void CycleCompleted() => Interlocked.Increment(ref _cycles);

    public void Dispose() => _services?.Dispose();
}
