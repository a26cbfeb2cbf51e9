using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GiveBack.Web.Requests;

/// <summary>Adds the parameters that binding types declare (<see cref="DocumentedParameter"/>) to their operations.</summary>
public sealed class DocumentedParametersTransformer : IOpenApiOperationTransformer
{
    private const string IntegerPattern = "^-?(?:0|[1-9]\\d*)$";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var declared = context.Description.ActionDescriptor.EndpointMetadata.OfType<DocumentedParameter>().ToList();
        if (declared.Count == 0)
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        foreach (var parameter in declared.Where(d => !operation.Parameters.Any(p => p.Name == d.Name && p.In == d.In)))
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = parameter.Name,
                In = parameter.In,
                Required = parameter.Required,
                Description = parameter.Description,
                Schema = parameter.Type == JsonSchemaType.Integer
                    // As the generator writes an int query parameter (a query string is text).
                    ? new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.String, Format = "int32", Pattern = IntegerPattern }
                    : new OpenApiSchema { Type = parameter.Type },
            });
        }

        return Task.CompletedTask;
    }
}
