using System.Text.Json.Nodes;

namespace GiveBack.StripeEmulator.Http;

/// <summary>Small builders for shapes shared by many objects.</summary>
internal static class StripeJson
{
    public static JsonObject List(IEnumerable<JsonNode> data, string url, bool hasMore) => new()
    {
        ["object"] = "list",
        ["data"] = new JsonArray([.. data]),
        ["has_more"] = hasMore,
        ["url"] = url,
    };

    public static JsonObject EmptyAddress() => new()
    {
        ["city"] = null,
        ["country"] = null,
        ["line1"] = null,
        ["line2"] = null,
        ["postal_code"] = null,
        ["state"] = null,
    };

    public static JsonObject Clone(JsonObject obj) => obj.DeepClone().AsObject();

    public static string? Id(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonObject o => (string?)o["id"],
        _ => null,
    };
}
