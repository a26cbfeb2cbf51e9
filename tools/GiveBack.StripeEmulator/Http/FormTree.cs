using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Primitives;

namespace GiveBack.StripeEmulator.Http;

/// <summary>
/// Stripe's form encoding (<c>metadata[k]=v</c>, <c>line_items[0][price_data][unit_amount]=500</c>, <c>expand[]=x</c>)
/// folded back into a tree: objects for named keys, arrays for numeric or empty indexes, strings at the leaves.
/// </summary>
internal sealed class FormTree
{
    private FormTree(JsonObject root) => Root = root;

    public JsonObject Root { get; }

    public static FormTree Parse(IEnumerable<KeyValuePair<string, StringValues>> pairs)
    {
        var root = new JsonObject();
        foreach (var (key, values) in pairs)
        {
            foreach (var value in values)
            {
                Insert(root, Segments(key), value ?? string.Empty);
            }
        }

        return new FormTree((JsonObject)Arrayify(root));
    }

    public IReadOnlyList<string> Expand => Strings("expand");

    public bool Has(params string[] path) => Node(path) is not null;

    public JsonNode? Node(params string[] path)
    {
        JsonNode? current = Root;
        foreach (var segment in path)
        {
            current = current switch
            {
                JsonObject obj => obj[segment],
                JsonArray array when int.TryParse(segment, CultureInfo.InvariantCulture, out var i) && i < array.Count => array[i],
                _ => null,
            };
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    public string? String(params string[] path) => Node(path) is JsonValue v ? v.GetValue<string>() : null;

    public string Required(params string[] path) =>
        String(path) is { Length: > 0 } s ? s : throw StripeApiException.Missing(ParamName(path));

    public long? Long(params string[] path)
    {
        var s = String(path);
        if (s is null)
        {
            return null;
        }

        return long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw StripeApiException.Invalid(ParamName(path), $"Invalid integer: {s}", "parameter_invalid_integer");
    }

    public bool? Bool(params string[] path)
    {
        var s = String(path);
        return s switch
        {
            null => null,
            "true" => true,
            "false" => false,
            _ => throw StripeApiException.Invalid(ParamName(path), $"Invalid boolean: {s}", "parameter_invalid_boolean"),
        };
    }

    public IReadOnlyList<string> Strings(params string[] path) => Node(path) switch
    {
        JsonArray array => [.. array.OfType<JsonValue>().Select(v => v.GetValue<string>())],
        JsonValue v => [v.GetValue<string>()],
        _ => [],
    };

    /// <summary>The entries of a list parameter (<c>line_items[0][...]</c>), each as its own tree.</summary>
    public IReadOnlyList<FormTree> Items(params string[] path) => Node(path) switch
    {
        JsonArray array => [.. array.OfType<JsonObject>().Select(o => new FormTree(o))],
        _ => [],
    };

    public FormTree? Child(params string[] path) => Node(path) is JsonObject obj ? new FormTree(obj) : null;

    /// <summary>
    /// Applies Stripe's metadata update rules: keys merge, an empty value deletes its key, and <c>metadata=</c>
    /// (empty string) clears everything.
    /// </summary>
    public void ApplyMetadata(JsonObject target, params string[] path)
    {
        switch (Node(path))
        {
            case JsonValue v when v.GetValue<string>().Length == 0:
                target.Clear();
                break;
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    var text = value is JsonValue jv ? jv.GetValue<string>() : string.Empty;
                    if (text.Length == 0)
                    {
                        target.Remove(key);
                    }
                    else
                    {
                        target[key] = text;
                    }
                }

                break;
            default:
                break;
        }
    }

    public JsonObject Metadata(params string[] path)
    {
        var metadata = new JsonObject();
        ApplyMetadata(metadata, path);
        return metadata;
    }

    private static string ParamName(string[] path) =>
        path[0] + string.Concat(path.Skip(1).Select(p => $"[{p}]"));

    private static List<string> Segments(string key)
    {
        var open = key.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
        {
            return [key];
        }

        var segments = new List<string> { key[..open] };
        var rest = key[open..];
        while (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                break;
            }

            segments.Add(rest[1..close]);
            rest = rest[(close + 1)..];
        }

        return segments;
    }

    private static void Insert(JsonObject root, List<string> segments, string value)
    {
        var current = root;
        for (var i = 0; i < segments.Count; i++)
        {
            // An empty index (expand[]=a&expand[]=b) appends: give it the next free numeric key.
            var segment = segments[i].Length == 0 ? current.Count.ToString(CultureInfo.InvariantCulture) : segments[i];
            if (i == segments.Count - 1)
            {
                current[segment] = value;
                return;
            }

            if (current[segment] is not JsonObject next)
            {
                next = [];
                current[segment] = next;
            }

            current = next;
        }
    }

    private static JsonNode Arrayify(JsonObject obj)
    {
        foreach (var key in obj.Select(p => p.Key).ToList())
        {
            if (obj[key] is JsonObject child)
            {
                var converted = Arrayify(child);
                if (!ReferenceEquals(converted, child))
                {
                    obj[key] = converted;
                }
            }
        }

        if (obj.Count == 0 || !obj.All(p => int.TryParse(p.Key, CultureInfo.InvariantCulture, out _)))
        {
            return obj;
        }

        var ordered = obj.OrderBy(p => int.Parse(p.Key, CultureInfo.InvariantCulture)).Select(p => p.Value).ToList();
        obj.Clear();
        return new JsonArray([.. ordered]);
    }
}
