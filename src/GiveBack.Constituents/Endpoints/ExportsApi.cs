using System.Globalization;
using GiveBack.Constituents.Exports;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Constituents.Endpoints;

public static class ExportsApi
{
    /// <summary>
    /// <c>GET /api/v1/exports</c> (every record, a zip) and <c>GET /api/v1/donors/{id}/export</c> (one donor's subject
    /// access, JSON; <c>export.pdf</c> for the PDF). Admins only: both hand out personal data in bulk.
    /// </summary>
    public static RouteGroupBuilder MapExportsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/exports", ExportEverything).WithTags("Exports")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip").RequireAuthorization(Policies.Admin);
        api.MapGet("/donors/{id:guid}/export", ExportDonor).WithTags("Exports")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").RequireAuthorization(Policies.Admin);
        api.MapGet("/donors/{id:guid}/export.pdf", ExportDonorPdf).WithTags("Exports")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf").RequireAuthorization(Policies.Admin);
        return api;
    }

    public static async Task ExportEverything(HttpContext http, ExportArchive archive, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(archive);
        var day = clock.GetUtcNow().ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        http.Response.ContentType = "application/zip";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"giveback-export-{day}.zip\"";
        await archive.WriteAsync(http.Response.Body, cancellationToken);
    }

    public static async Task<Results<EmptyHttpResult, ProblemHttpResult>> ExportDonor(
        Guid id, HttpContext http, IGrainFactory grains, SubjectAccessExport export, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(export);
        if (await grains.GetGrain<IDonorGrain>(id).GetAsync() is null)
        {
            return ApiProblems.NotFound("donor", id);
        }

        http.Response.ContentType = "application/json; charset=utf-8";
        await export.WriteJsonAsync(id, http.Response.Body, cancellationToken);
        return TypedResults.Empty;
    }

    /// <summary>The same records as a PDF: one person's records fit in memory, and a PDF is written whole.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportDonorPdf(
        Guid id, IGrainFactory grains, SubjectAccessPdf pdf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        if (await grains.GetGrain<IDonorGrain>(id).GetAsync() is null)
        {
            return ApiProblems.NotFound("donor", id);
        }

        return TypedResults.File(await pdf.RenderAsync(id, cancellationToken), "application/pdf", $"donor-{id:D}.pdf");
    }
}
