using GiveBack.Api.Security;
using GiveBack.Domain.Security;
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
        ApiKeyRequest request, ApiKeyStore store, CancellationToken cancellationToken)
    {
        var name = request.Name?.Trim();
        var errors = new FieldErrors()
            .Check(!string.IsNullOrEmpty(name) && name.Length <= 100, "name", "name is required (who holds the key), at most 100 characters.")
            .Check(request.Role is not null && Roles.All.Contains(request.Role), "role", $"role must be one of: {string.Join(", ", Roles.All)}.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var (record, key) = await store.CreateAsync(name!, request.Role!, cancellationToken);
        return TypedResults.Created($"/api/v1/api-keys/{record.Id}", ApiKeyResponse.From(record, key));
    }

    public static async Task<Ok<IReadOnlyList<ApiKeyResponse>>> ListKeys(ApiKeyStore store, CancellationToken cancellationToken)
    {
        IReadOnlyList<ApiKeyResponse> keys = [.. (await store.ListAsync(cancellationToken)).Select(k => ApiKeyResponse.From(k))];
        return TypedResults.Ok(keys);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeKey(
        Guid id, ApiKeyStore store, ApiKeyCache cache, CancellationToken cancellationToken)
    {
        var keys = await store.ListAsync(cancellationToken);
        var key = keys.FirstOrDefault(k => k.Id == id && k.RevokedAt is null);
        if (key is null || !await store.RevokeAsync(id, cancellationToken))
        {
            return ApiProblems.NotFound("active API key", id);
        }

        cache.Forget(key.KeyHash);
        return TypedResults.NoContent();
    }
}
