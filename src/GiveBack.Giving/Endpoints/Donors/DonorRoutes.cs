using GiveBack.Giving.Donors;
using GiveBack.Web.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Giving.Endpoints.Donors;

/// <summary>The routes about one donor, <c>/donors/{id}/…</c>, which all answer 404 for an unknown donor.</summary>
public static class DonorRoutes
{
    public const string IdParameter = "id";

    /// <summary>
    /// A group under <c>/{id:guid}</c> whose endpoints answer "No such donor" (404) before their handler runs when no
    /// donor has that id: one indexed read of the donors table, the check each handler used to repeat.
    /// </summary>
    public static RouteGroupBuilder MapDonor(this RouteGroupBuilder donors)
    {
        ArgumentNullException.ThrowIfNull(donors);
        return donors.MapGroup($"/{{{IdParameter}:guid}}").AddEndpointFilter<DonorExistsFilter>();
    }

    private sealed class DonorExistsFilter(KnownDonors donors) : IEndpointFilter
    {
        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            // The route constraint admitted only a GUID.
            var id = Guid.Parse((string)context.HttpContext.Request.RouteValues[IdParameter]!);
            return await donors.ExistsAsync(id, context.HttpContext.RequestAborted)
                ? await next(context)
                : ApiProblems.NotFound("donor", id);
        }
    }
}
