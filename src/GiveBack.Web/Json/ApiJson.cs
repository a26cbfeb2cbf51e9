using System.Text.Json;
using System.Text.Json.Serialization;
using GiveBack.Web.Problems;

namespace GiveBack.Web.Json;

/// <summary>
/// The API's JSON: camelCase enum strings (never numbers), nulls written out, no NUL in any string. The host applies
/// it to ASP.NET Core's options; the micro-benchmarks apply it to theirs, so they time the JSON the API really writes.
/// </summary>
public static class ApiJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new NulFreeStringConverter());
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
    }
}
