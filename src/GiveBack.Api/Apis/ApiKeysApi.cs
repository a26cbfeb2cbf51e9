using GiveBack.Api.Security;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Api.Apis;

public static class ApiKeysApi
{
    public static RouteGroupBuilder MapApiKeysApi(this RouteGroupBuilder api)
    {
        var keys = api.MapGroup("/api-keys").WithTags("API keys").RequireAuthorization(Policies.Admin);
        keys.MapPost("/", CreateKey);
        keys.MapGet("/", ListKeys);
        keys.MapDelete("/{id:guid}", RevokeKey);
        return api;
    }

    public static async Task<Results<Created<ApiKeyResponse>, ProblemHttpResult>> CreateKey(
        ApiKeyRequest request, ApiKeyDesk desk, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (await desk.IssueAsync(request.Name, request.Role, errors, cancellationToken) is not var (record, key))
        {
            return errors.ToProblem();
        }

        return TypedResults.Created($"/api/v1/api-keys/{record.Id}", ApiKeyResponse.From(record, key));
    }

    public static async Task<Ok<IReadOnlyList<ApiKeyResponse>>> ListKeys(ApiKeyStore store, CancellationToken cancellationToken)
    {
        IReadOnlyList<ApiKeyResponse> keys = [.. (await store.ListAsync(cancellationToken)).Select(k => ApiKeyResponse.From(k))];
        return TypedResults.Ok(keys);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeKey(Guid id, ApiKeyDesk desk, CancellationToken cancellationToken) =>
        await desk.RevokeAsync(id, cancellationToken) ? TypedResults.NoContent() : ApiProblems.NotFound("active API key", id);
}
