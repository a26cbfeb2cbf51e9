using GiveBack.Plugins.Hosting.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Plugins.Hosting.Api;

/// <summary>The plugins API: list, enable/disable without restart, dead letters and their replay.</summary>
public static class PluginsApi
{
    /// <summary>The state of a loaded plugin that lacks a required setting.</summary>
    public const string NeedsConfiguration = PluginDesk.NeedsConfiguration;

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

    public static async Task<Ok<IReadOnlyList<PluginView>>> ListPlugins(PluginDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.ListAsync(cancellationToken));

    public static Task<Results<Ok<PluginView>, ProblemHttpResult>> EnablePlugin(string id, PluginDesk desk, CancellationToken cancellationToken) =>
        SetEnabledAsync(id, true, desk, cancellationToken);

    public static Task<Results<Ok<PluginView>, ProblemHttpResult>> DisablePlugin(string id, PluginDesk desk, CancellationToken cancellationToken) =>
        SetEnabledAsync(id, false, desk, cancellationToken);

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
        string id, bool enabled, PluginDesk desk, CancellationToken cancellationToken)
    {
        var result = await desk.SetEnabledAsync(id, enabled, cancellationToken);
        return result.Outcome switch
        {
            PluginSwitchOutcome.Switched => TypedResults.Ok(result.Plugin!),
            PluginSwitchOutcome.Unknown => TypedResults.Problem(title: "Unknown plugin", detail: result.Why, statusCode: StatusCodes.Status404NotFound),
            _ => TypedResults.Problem(title: "Plugin refused at load", detail: result.Why, statusCode: StatusCodes.Status409Conflict),
        };
    }
}
