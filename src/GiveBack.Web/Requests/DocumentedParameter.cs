using Microsoft.OpenApi;

namespace GiveBack.Web.Requests;

/// <summary>
/// A query or header parameter that a binding type (<see cref="IRequestPart"/>) reads itself, which the OpenAPI
/// generator cannot see through <c>BindAsync</c>; <see cref="DocumentedParametersTransformer"/> writes it into the
/// operation as if the handler had taken it directly.
/// </summary>
public sealed record DocumentedParameter(string Name, ParameterLocation In, bool Required, JsonSchemaType Type, string Description);
