using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GiveBack.Api.Security;

/// <summary>
/// Declares the API-key bearer scheme in the OpenAPI document and marks every <c>/api/v1</c> operation with it, so a
/// generated client sends <c>Authorization: Bearer &lt;key&gt;</c> and the API reference offers to fill the key in.
/// </summary>
internal sealed class BearerSchemeTransformer : IOpenApiDocumentTransformer
{
    public const string SchemeName = "bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API key (gbk_…) created in GiveBack, sent as Authorization: Bearer <key>.",
        };
        var operations = document.Paths
            .Where(p => p.Key.StartsWith("/api/v1/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.Operations?.Values.AsEnumerable() ?? []);
        foreach (var operation in operations)
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] });
        }

        return Task.CompletedTask;
    }
}
