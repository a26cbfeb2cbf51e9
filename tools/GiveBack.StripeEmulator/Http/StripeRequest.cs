using System.Text.Json.Nodes;
using GiveBack.StripeEmulator.Store;
using Microsoft.Extensions.Primitives;

namespace GiveBack.StripeEmulator.Http;

/// <summary>Reads a Stripe API request's parameters (query string and form body together) and writes Stripe JSON.</summary>
internal static class StripeRequest
{
    public static async Task<FormTree> ReadAsync(HttpRequest request)
    {
        var pairs = new List<KeyValuePair<string, StringValues>>(request.Query);
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            pairs.AddRange(form);
        }

        return FormTree.Parse(pairs);
    }

    /// <summary>Serializes under the store's lock (objects are mutable) after applying <c>expand[]</c>.</summary>
    public static IResult Json(JsonObject obj, FormTree form, EmulatorStore store) =>
        Json(Expander.Expand(obj, form.Expand, store));

    public static IResult Json(JsonNode node) =>
        Results.Content(node.ToJsonString(), "application/json", System.Text.Encoding.UTF8);

    /// <summary>A page of a list, newest first, honouring <c>limit</c>, <c>starting_after</c>, <c>ending_before</c> and <c>created[...]</c>.</summary>
    public static IResult Page(IEnumerable<JsonObject> newestFirst, FormTree form, string url, EmulatorStore store)
    {
        var limit = (int)Math.Clamp(form.Long("limit") ?? 10, 1, 100);
        var items = FilterCreated(newestFirst, form).ToList();
        if (form.String("starting_after") is { } after)
        {
            var index = items.FindIndex(o => (string?)o["id"] == after);
            items = index < 0 ? [] : items[(index + 1)..];
        }

        if (form.String("ending_before") is { } before)
        {
            var index = items.FindIndex(o => (string?)o["id"] == before);
            items = index < 0 ? [] : items[Math.Max(0, index - limit)..index];
        }

        var page = items.Take(limit).Select(o => (JsonNode)Expander.Expand(o, DataPaths(form.Expand), store));
        return Json(StripeJson.List(page, url, items.Count > limit));
    }

    private static IEnumerable<string> DataPaths(IEnumerable<string> expand) =>
        expand.Where(p => p.StartsWith("data.", StringComparison.Ordinal)).Select(p => p["data.".Length..]);

    private static IEnumerable<JsonObject> FilterCreated(IEnumerable<JsonObject> items, FormTree form)
    {
        var exact = form.Node("created") is JsonValue ? form.Long("created") : null;
        var gt = form.Long("created", "gt");
        var gte = form.Long("created", "gte");
        var lt = form.Long("created", "lt");
        var lte = form.Long("created", "lte");
        return items.Where(o =>
        {
            var created = (long)o["created"]!;
            return (exact is null || created == exact)
                && (gt is null || created > gt) && (gte is null || created >= gte)
                && (lt is null || created < lt) && (lte is null || created <= lte);
        });
    }
}
