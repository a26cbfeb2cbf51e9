using GiveBack.Constituents.Imports;
using GiveBack.Domain.Paging;
using GiveBack.Web.Paging;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace GiveBack.Constituents.Endpoints;

public static class ImportsApi
{
    public static RouteGroupBuilder MapImportsApi(this RouteGroupBuilder api)
    {
        var imports = api.MapGroup("/imports").WithTags("Imports");
        // A multipart upload from a key-holding client or a signed-in page; the staff cookie is SameSite, so a form on
        // another site cannot post it.
        imports.MapPost("/", StartImport).RequireAuthorization(Policies.Write).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(1_000_000_000));
        imports.MapGet("/", ListImports).RequireAuthorization(Policies.Read);
        imports.MapGet("/{id:guid}", GetImport).RequireAuthorization(Policies.Read);
        return api;
    }

    /// <summary>
    /// Starts an import from a multipart form (<c>file</c>, <c>mapping</c> — shipped or saved —, <c>dryRun</c>, and
    /// optionally <c>dateLocale</c>, the locale the file's dates and amounts are written in, e.g. <c>fr-FR</c>, over
    /// the mapping's): the file is stored and the import is queued, and 202 comes back at once with its id;
    /// <c>GET /imports/{id}</c> follows its progress.
    /// </summary>
    public static async Task<Results<Accepted<ImportCreatedResponse>, ProblemHttpResult>> StartImport(
        HttpRequest request, ImportService imports, IOptions<ImportOptions> options, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return ApiProblems.Invalid("file", "Send a multipart/form-data form with file, mapping and dryRun.", StatusCodes.Status415UnsupportedMediaType);
        }

        var form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = options.Value.MaxFileBytes + 1 }, cancellationToken);
        var file = form.Files.GetFile("file");
        var mapping = form["mapping"].ToString();
        var dryRunText = form["dryRun"].ToString();
        var dateLocale = form["dateLocale"].ToString() is { Length: > 0 } locale ? locale : null;
        var errors = await imports.CheckAsync(file?.FileName, file?.Length ?? 0, mapping, dateLocale, cancellationToken);
        var dryRun = dryRunText.Length == 0 ? false : bool.TryParse(dryRunText, out var parsed) ? parsed : (bool?)null;
        errors.Check(dryRun is not null, "dryRun", "dryRun must be true or false.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        await using var content = file!.OpenReadStream();
        var id = await imports.StartAsync(new ImportRequest(file.FileName, mapping, dryRun!.Value, request.HttpContext.User.Identity?.Name, dateLocale), content, cancellationToken);
        return TypedResults.Accepted($"/api/v1/imports/{id}", new ImportCreatedResponse(id));
    }

    public static async Task<Results<Ok<ImportStatus>, ProblemHttpResult>> GetImport(Guid id, ImportService imports, CancellationToken cancellationToken) =>
        await imports.StatusAsync(id, cancellationToken) is { } status ? TypedResults.Ok(status) : ApiProblems.NotFound("import", id);

    /// <summary>The imports, newest first; each one's row errors are on its own page.</summary>
    public static async Task<Ok<Page<ImportStatus>>> ListImports(PageRequest page, ImportService imports, CancellationToken cancellationToken) =>
        TypedResults.Ok(await imports.ListAsync(page.Offset, page.Limit, cancellationToken));
}
