using Microsoft.AspNetCore.Routing;

namespace GiveBack.Constituents.Endpoints;

public static class ConstituentsApi
{
    /// <summary>The module's endpoints under <c>/api/v1</c>: imports, duplicates and merge, relationships, exports and erasure, the audit.</summary>
    public static RouteGroupBuilder MapConstituentsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapDuplicatesApi();
        api.MapMergeApi();
        api.MapConsentsApi();
        api.MapHouseholdsApi().MapDonorRelationshipsApi().MapSoftCreditsApi().MapCreditReportApi();
        return api.MapAuditApi().MapExportsApi().MapErasureApi().MapImportsApi().MapImportMappingsApi();
    }
}
