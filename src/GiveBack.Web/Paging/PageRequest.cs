using System.Globalization;
using System.Reflection;
using GiveBack.Web.Problems;
using GiveBack.Web.Requests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.OpenApi;

namespace GiveBack.Web.Paging;

/// <summary>
/// Offset paging shared by every list: <c>?offset=0&amp;limit=50</c>, at most 200 a page. A handler takes it as a
/// parameter; an offset below zero or a limit outside 1–200 is answered with the validation problem naming the field
/// before the handler runs (<see cref="RequestPartsFilter"/>). The page served back is <c>GiveBack.Domain.Paging.Page</c>.
/// </summary>
public sealed record PageRequest(int Offset, int Limit) : IBindableFromHttpContext<PageRequest>, IRequestPart, IEndpointParameterMetadataProvider
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    // A value that is not a whole number gets the same message as one out of range; no bound accepts int.MinValue.
    private const int NotANumber = int.MinValue;

    /// <summary>What the query said, kept to name what is wrong with it (<see cref="AddErrorsTo"/>).</summary>
    private (int? Offset, int? Limit) Asked { get; init; }

    public static ValueTask<PageRequest?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        var asked = (Read(context.Request.Query["offset"]), Read(context.Request.Query["limit"]));
        return ValueTask.FromResult<PageRequest?>(From(asked.Item1, asked.Item2, new FieldErrors()) with { Asked = asked });
    }

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        RequestPartsFilter.InstallOn(builder);
        builder.Metadata.Add(new DocumentedParameter("offset", ParameterLocation.Query, false, JsonSchemaType.Integer, "Rows to skip (default 0)."));
        builder.Metadata.Add(new DocumentedParameter("limit", ParameterLocation.Query, false, JsonSchemaType.Integer, $"Rows per page, 1 to {MaxLimit} (default {DefaultLimit})."));
    }

    /// <summary>Checks an offset and a limit given by other means (the reports' JSON form), with the same messages.</summary>
    public static PageRequest From(int? offset, int? limit, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Check(offset is null or >= 0, "offset", "offset must be zero or more.");
        errors.Check(limit is null or (>= 1 and <= MaxLimit), "limit", $"limit must be between 1 and {MaxLimit}.");
        return new PageRequest(Math.Max(offset ?? 0, 0), Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit));
    }

    public void AddErrorsTo(FieldErrors errors)
    {
        From(Asked.Offset, Asked.Limit, errors);
    }

    private static int? Read(string? value) =>
        string.IsNullOrEmpty(value) ? null
        : int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number
        : NotANumber;
}
