using GiveBack.Web.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GiveBack.Web.Requests;

/// <summary>
/// Answers the validation problem of a request's bound parts (<see cref="IRequestPart"/>) before the handler runs:
/// the same <c>400</c> with errors per field that the handlers used to build by hand. A part installs it from its
/// <c>PopulateMetadata</c>, so no endpoint can take a part and forget to check it; it runs before the filters the
/// endpoint adds itself (such as "donor exists"), so a malformed request is a 400 whatever it names.
/// </summary>
public static class RequestPartsFilter
{
    /// <summary>Adds the filter once per endpoint, however many parts the handler takes.</summary>
    public static void InstallOn(EndpointBuilder builder)
    {
        if (builder.Metadata.OfType<Installed>().Any())
        {
            return;
        }

        builder.Metadata.Add(new Installed());
        // First, whatever the order in which metadata and the route group's conventions were applied.
        builder.FilterFactories.Insert(0, Create);
    }

    private static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        int[] parts = [.. context.MethodInfo.GetParameters()
            .Where(p => typeof(IRequestPart).IsAssignableFrom(Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType))
            .Select(p => p.Position)];
        return async invocation =>
        {
            var errors = new FieldErrors();
            foreach (var position in parts)
            {
                (invocation.Arguments[position] as IRequestPart)?.AddErrorsTo(errors);
            }

            return errors.Any ? errors.ToProblem() : await next(invocation);
        };
    }

    private sealed class Installed;
}
