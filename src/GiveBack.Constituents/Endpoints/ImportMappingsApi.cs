using System.Security.Claims;
using GiveBack.Constituents.Imports.Mappings;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Constituents.Endpoints;

/// <summary>
/// Saved import mappings: <c>PUT /import-mappings/{name}</c> with which column holds each field (and optionally the
/// locale of dates and amounts), then <c>POST /imports</c> with <c>mapping</c> set to that name. The four shipped
/// names are reserved. Roles as the imports': anyone who may read sees them, whoever may import saves them.
/// </summary>
public static class ImportMappingsApi
{
    public static RouteGroupBuilder MapImportMappingsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var mappings = api.MapGroup("/import-mappings").WithTags("Imports");
        mappings.MapGet("/", ListMappings).RequireAuthorization(Policies.Read);
        mappings.MapGet("/{name}", GetMapping).RequireAuthorization(Policies.Read);
        mappings.MapPut("/{name}", SaveMapping).RequireAuthorization(Policies.Write);
        mappings.MapDelete("/{name}", DeleteMapping).RequireAuthorization(Policies.Write);
        return api;
    }

    public static async Task<Ok<IReadOnlyList<SavedMapping>>> ListMappings(SavedMappings mappings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mappings.ListAsync(cancellationToken));

    public static async Task<Results<Ok<SavedMapping>, ProblemHttpResult>> GetMapping(string name, SavedMappings mappings, CancellationToken cancellationToken) =>
        await mappings.GetAsync(name, cancellationToken) is { } mapping ? TypedResults.Ok(mapping) : ApiProblems.NotFound("import mapping", name);

    /// <summary>Creates (201) or replaces (200) the mapping called <paramref name="name"/>.</summary>
    public static async Task<Results<Created<SavedMapping>, Ok<SavedMapping>, ProblemHttpResult>> SaveMapping(
        string name, SavedMappingRequest? request, SavedMappings mappings, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var errors = SavedMappings.Check(name, request);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var (mapping, created) = await mappings.SaveAsync(name, request!, user.Identity?.Name, cancellationToken);
        return created
            ? TypedResults.Created($"/api/v1/import-mappings/{Uri.EscapeDataString(mapping.Name)}", mapping)
            : TypedResults.Ok(mapping);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteMapping(string name, SavedMappings mappings, CancellationToken cancellationToken)
    {
        if (ImportMappings.Find(name) is not null)
        {
            return ApiProblems.Invalid("name", "The mappings GiveBack ships cannot be deleted.");
        }

        return await mappings.DeleteAsync(name, cancellationToken) ? TypedResults.NoContent() : ApiProblems.NotFound("import mapping", name);
    }
}
