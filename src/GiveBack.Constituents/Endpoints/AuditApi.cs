using GiveBack.Constituents.Audit;
using GiveBack.Domain.Paging;
using GiveBack.Web.Paging;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Constituents.Endpoints;

public static class AuditApi
{
    /// <summary>
    /// <c>GET /audit</c>, administrators only: who read or changed whose personal data, newest first; and the filter
    /// that records it, on the whole API group.
    /// </summary>
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.AddEndpointFilter<PersonalDataAuditFilter>();
        api.MapGet("/audit", ListAudit).WithTags("Audit").RequireAuthorization(Policies.Admin);
        return api;
    }

    public static async Task<Ok<Page<AuditEntryResponse>>> ListAudit(Guid? donorId, string? actor, PageRequest page, PersonalDataAudit audit, CancellationToken cancellationToken)
    {
        var entries = await audit.ListAsync(donorId, actor, page.Offset, page.Limit, cancellationToken);
        return TypedResults.Ok(new Page<AuditEntryResponse>([.. entries.Items.Select(AuditEntryResponse.From)], entries.Total, entries.Offset, entries.Limit));
    }
}
