namespace GiveBack.Plugins.Hosting.Api;

/// <summary>A plugin as <c>GET /api/v1/plugins</c> shows it.</summary>
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
    IReadOnlyList<string> Capabilities);
