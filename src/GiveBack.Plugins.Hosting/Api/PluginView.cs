namespace GiveBack.Plugins.Hosting.Api;

/// <summary>
/// A plugin as <c>GET /api/v1/plugins</c> shows it. <see cref="State"/> is <c>Loaded</c>, <c>Refused</c> or
/// <c>needs-configuration</c> (loaded, but <see cref="MissingSettings"/> have no value: it is sent nothing until they do).
/// </summary>
public sealed record PluginView(
    string Id,
    string? Version,
    string State,
    bool Enabled,
    string Health,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? LastFailureAt,
    string? LastError,
    string? RefusalReason,
    IReadOnlyList<string> Capabilities,
    IReadOnlyList<string> MissingSettings);
