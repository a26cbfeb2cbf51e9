using GiveBack.Plugins.Hosting.Registry;
using GiveBack.Plugins.Hosting.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace GiveBack.Plugins.Hosting.Api;

/// <summary>The plugins API: list, enable/disable without restart, dead letters and their replay.</summary>
public static class PluginsApi
{
    public const string NeedsConfiguration = "needs-configuration";

    public static RouteGroupBuilder MapPluginsApi(this IEndpointRouteBuilder routes, string readPolicy, string adminPolicy)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var group = routes.MapGroup("/api/v1/plugins").WithTags("Plugins");
        group.MapGet("/", ListPlugins).RequireAuthorization(readPolicy).WithName("ListPlugins");
        group.MapPost("/{id}/enable", EnablePlugin).RequireAuthorization(adminPolicy).WithName("EnablePlugin");
        group.MapPost("/{id}/disable", DisablePlugin).RequireAuthorization(adminPolicy).WithName("DisablePlugin");
        group.MapGet("/dead-letters", ListDeadLetters).RequireAuthorization(readPolicy).WithName("ListPluginDeadLetters");
        group.MapPost("/dead-letters/{id:long}/replay", ReplayDeadLetter).RequireAuthorization(adminPolicy).WithName("ReplayPluginDeadLetter");
        return group;
    }

    public static async Task<Ok<IReadOnlyList<PluginView>>> ListPlugins(
        PluginRegistry registry, PluginSettingsStore settings, IOptions<PluginHostOptions> options, CancellationToken cancellationToken)
    {
        var stored = await settings.ReadAllAsync(cancellationToken);
        IReadOnlyList<PluginView> views = [.. registry.Plugins.Select(p => ToView(p, stored.GetValueOrDefault(p.Id), options.Value))];
        return TypedResults.Ok(views);
    }

    public static Task<Results<Ok<PluginView>, ProblemHttpResult>> EnablePlugin(
        string id, PluginRegistry registry, PluginSettingsStore settings, IOptions<PluginHostOptions> options,
        CancellationToken cancellationToken) =>
        SetEnabledAsync(id, true, registry, settings, options.Value, cancellationToken);

    public static Task<Results<Ok<PluginView>, ProblemHttpResult>> DisablePlugin(
        string id, PluginRegistry registry, PluginSettingsStore settings, IOptions<PluginHostOptions> options,
        CancellationToken cancellationToken) =>
        SetEnabledAsync(id, false, registry, settings, options.Value, cancellationToken);

    public static async Task<Ok<IReadOnlyList<DeadLetter>>> ListDeadLetters(
        string? pluginId, DeadLetterStore deadLetters, CancellationToken cancellationToken) =>
        TypedResults.Ok(await deadLetters.ListOpenAsync(pluginId, cancellationToken));

    public static async Task<Results<Accepted, ProblemHttpResult>> ReplayDeadLetter(
        long id, DeadLetterStore deadLetters, CancellationToken cancellationToken)
    {
        if (!await deadLetters.ReplayAsync(id, cancellationToken))
        {
            return TypedResults.Problem(
                title: "Unknown dead letter", detail: $"There is no open dead letter with id {id}.",
                statusCode: StatusCodes.Status404NotFound);
        }

        return TypedResults.Accepted((string?)null);
    }

    private static async Task<Results<Ok<PluginView>, ProblemHttpResult>> SetEnabledAsync(
        string id, bool enabled, PluginRegistry registry, PluginSettingsStore settings, PluginHostOptions options,
        CancellationToken cancellationToken)
    {
        var plugin = registry.Find(id);
        if (plugin is null)
        {
            return TypedResults.Problem(
                title: "Unknown plugin", detail: $"No plugin with id '{id}' was found in the plugins folder.",
                statusCode: StatusCodes.Status404NotFound);
        }

        if (enabled && plugin.State == PluginState.Refused)
        {
            return TypedResults.Problem(
                title: "Plugin refused at load", detail: $"Plugin '{plugin.Id}' cannot be enabled: {plugin.RefusalReason}",
                statusCode: StatusCodes.Status409Conflict);
        }

        await settings.SetEnabledAsync(plugin.Id, enabled, cancellationToken);
        plugin.Update(s => s with { Enabled = enabled });
        return TypedResults.Ok(ToView(plugin, null, options));
    }

    private static PluginView ToView(PluginEntry plugin, PluginStatus? stored, PluginHostOptions options)
    {
        var status = stored ?? plugin.Status;
        var health = plugin.State == PluginState.Refused
            ? PluginHealth.Unhealthy
            : status.HealthFor(options.UnhealthyAfterFailures);
        var missing = plugin.MissingSettings;
        var state = plugin.State == PluginState.Loaded && missing.Count > 0 ? NeedsConfiguration : plugin.State.ToString();
        return new PluginView(
            plugin.Id, plugin.Version, state, status.Enabled && plugin.State == PluginState.Loaded,
            health.ToString(), status.LastSuccessAt, status.LastFailureAt, status.LastError ?? plugin.RefusalReason,
            plugin.RefusalReason, [.. plugin.Capabilities], [.. missing.Select(k => $"Plugins:{plugin.Id}:{k}")]);
    }
}
