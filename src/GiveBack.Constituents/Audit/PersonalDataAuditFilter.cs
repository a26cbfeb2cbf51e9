using GiveBack.Constituents.Relationships;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Constituents.Audit;

/// <summary>
/// Records every API call that reads or writes personal data (<see cref="PersonalDataRoutes"/>) once it succeeded, with
/// the donor's details before and after a write (a household's route: per member, with the household either side,
/// <see cref="HouseholdAccessLog"/>). Put on the whole API group, so a donor route a module adds later is
/// audited without that module knowing of the log.
/// </summary>
internal sealed class PersonalDataAuditFilter(DonorAccessLog log, HouseholdAccessLog households) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        if (route is null || !PersonalDataRoutes.Cover(route))
        {
            return await next(context);
        }

        var what = $"{http.Request.Method} {route}";
        if (PersonalDataRoutes.IsHousehold(route))
        {
            return await HouseholdAsync(context, next, what);
        }

        var donorId = RouteId(http, "id");
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

    /// <summary>A household's route: its <c>id</c> is the household's, and the donor a member route names is <c>donorId</c>.</summary>
    private async ValueTask<object?> HouseholdAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next, string what)
    {
        var http = context.HttpContext;
        var householdId = RouteId(http, "id");
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        {
            var result = await next(context);
            if (Succeeded(result))
            {
                await households.ReadAsync(http.User, what, householdId);
            }

            return result;
        }

        return await households.WriteAsync(http.User, what, householdId, RouteId(http, "donorId"), () => next(context).AsTask(), Succeeded, Answered);
    }

    private static Guid? RouteId(HttpContext http, string name) =>
        http.Request.RouteValues.TryGetValue(name, out var value) && Guid.TryParse(value?.ToString(), out var id) ? id : null;

    /// <summary>The household a write answered with (created, renamed, a member added), if it did.</summary>
    private static HouseholdView? Answered(object? result)
    {
        while (result is INestedHttpResult nested)
        {
            result = nested.Result;
        }

        return (result as IValueHttpResult)?.Value as HouseholdView;
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
