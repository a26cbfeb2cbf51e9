using System.Text.Json.Nodes;

namespace GiveBack.Testing.Hostile;

/// <summary>One operation of the served OpenAPI document: its method, path template, parameters and JSON body schema.</summary>
public sealed record ApiOperation(string Method, string Path, IReadOnlyList<ApiParameter> Parameters, JsonObject? BodySchema)
{
    public override string ToString() => $"{Method} {Path}";

    /// <summary>Every operation under <c>/api/v1</c> in the document, with <c>$ref</c>s resolved against its components.</summary>
    public static IReadOnlyList<ApiOperation> ReadAll(JsonObject document)
    {
        var schemas = document["components"]?["schemas"]?.AsObject();
        var operations = new List<ApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            if (!path.StartsWith("/api/v1/", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var (method, operation) in item!.AsObject())
            {
                var parameters = (operation!["parameters"]?.AsArray() ?? [])
                    .Select(p => new ApiParameter(
                        p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), Resolve(p["schema"]?.AsObject(), schemas)))
                    .ToList();
                var body = operation["requestBody"]?["content"]?["application/json"]?["schema"]?.AsObject();
                operations.Add(new ApiOperation(method.ToUpperInvariant(), path, parameters, Resolve(body, schemas)));
            }
        }

        return operations;
    }

    /// <summary>Follows <c>$ref</c> and unwraps <c>oneOf: [null, X]</c>, the shapes the document uses for nullable members.</summary>
    public static JsonObject? Resolve(JsonObject? schema, JsonObject? schemas)
    {
        for (var depth = 0; schema is not null && depth < 8; depth++)
        {
            if (schema["$ref"]?.GetValue<string>() is { } reference)
            {
                schema = schemas?[reference.Split('/')[^1]]?.AsObject();
            }
            else if (schema["oneOf"]?.AsArray() is { } choices
                && choices.Select(c => c!.AsObject()).FirstOrDefault(c => c["type"]?.ToString() != "null") is { } choice)
            {
                schema = choice;
            }
            else
            {
                return schema;
            }
        }

        return schema;
    }
}
