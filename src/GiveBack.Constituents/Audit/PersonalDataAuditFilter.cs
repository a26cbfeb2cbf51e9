using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Constituents.Audit;

/// <summary>
/// Records every API call that reads or writes personal data (<see cref="PersonalDataRoutes"/>) once it succeeded, with
/// the donor's details before and after a write. Put on the whole API group, so a donor route a module adds later is
/// audited without that module knowing of the log.
/// </summary>
internal sealed class PersonalDataAuditFilter(DonorAccessLog log) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        if (route is null || !PersonalDataRoutes.Cover(route))
        {
            return await next(context);
        }

        var donorId = http.Request.RouteValues.TryGetValue("id", out var value) && Guid.TryParse(value?.ToString(), out var id) ? id : (Guid?)null;
        var what = $"{http.Request.Method} {route}";
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        {
            var result = await next(context);
            if (Succeeded(result))
            {
                await log.ReadAsync(http.User, what, donorId);
            }

            return result;
        }

        if (http.GetEndpoint()?.Metadata.GetMetadata<ErasesPersonalData>() is not null)
        {
            var erased = await next(context);
            if (Succeeded(erased))
            {
                await log.ErasedAsync(http.User, what, donorId);
            }

            return erased;
        }

        return await log.WriteAsync(http.User, what, donorId, () => next(context).AsTask(), Succeeded);
    }

    /// <summary>A refused or failed call disclosed nothing and changed nothing: only 2xx and 3xx answers are recorded.</summary>
    private static bool Succeeded(object? result)
    {
        while (result is INestedHttpResult nested)
        {
            result = nested.Result;
        }

        return result is not IStatusCodeHttpResult { StatusCode: >= 400 };
    }
}
