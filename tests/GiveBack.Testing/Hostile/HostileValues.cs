using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace GiveBack.Testing.Hostile;

/// <summary>
/// Generators of what a careless or hostile client sends: wrong types, huge and negative numbers, far dates, 100 kB
/// strings, control and right-to-left characters, markup, and malformed JSON — mixed with well-typed values and the
/// ids of records that exist, so that validation past the first field is reached too.
/// </summary>
public sealed class HostileValues(IReadOnlyList<Guid> knownIds, JsonObject? schemas)
{
    private static readonly string[] Texts =
    [
        "", " ", "\0", "a\u0000b", "\u202Egnirts\u202C", "\u0007\u001b[31m", "<script>alert(1)</script>", "' OR 1=1 --",
        "../../../etc/passwd", "%00", "😀👍🏽", "null", "NaN", "-1", "1e30", "9999-12-31", "0001-01-01", "2026-02-30",
        "\t\r\n", "EUR", "eur", "XXX", "cheque", "honor", "monthly", "admin", "Scholarships", new string('x', 100_000),
        "ابدأ", "0", "99999999999999999999999999999",
    ];

    private static readonly string[] Numbers =
    [
        "0", "-1", "1", "1e30", "-1e30", "1.5", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
        "99999999999999999999999999999", "2147483648", "1900", "2100", "100000",
    ];

    private static readonly string[] MalformedBodies =
        ["{", "[]", "null", "\"text\"", "{\"a\":", "{} {}", "\u0000", new string('[', 5_000), "{\"amount\": 1e999}", ""];

    public static Gen<string> Text { get; } = Gen.OneOf(Gen.OneOf(Texts), Gen.String[0, 40], Gen.Char.Array[0, 20].Select(c => new string(c)));

    public Gen<string> Id => Gen.OneOf(Gen.OneOf([.. knownIds]).Select(g => g.ToString()), Gen.Guid.Select(g => g.ToString()), Text);

    public static Gen<string> Date { get; } = Gen.OneOf(
        Gen.OneOf("9999-12-31", "0001-01-01", "1899-12-31", "2026-02-30", "2026-13-01", "99999-01-01"),
        Gen.DateOnly.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        Text);

    /// <summary>A value for a query, path or header parameter (text, unquoted).</summary>
    public Gen<string> ParameterValue(ApiParameter parameter) => parameter.Format switch
    {
        "uuid" => Id,
        "date" => Date,
        "int32" or "int64" => Gen.OneOf(Gen.OneOf(Numbers), Text),
        _ => Gen.OneOf(Text, Gen.OneOf(Numbers)),
    };

    /// <summary>A request body: a JSON object shaped after the schema with hostile members, or malformed JSON.</summary>
    public Gen<string> Body(JsonObject schema) => Gen.Frequency(
        (8, Object(schema, 0).Select(o => o.ToJsonString())),
        (1, Gen.OneOf(MalformedBodies)),
        (1, Json(null, 0).Select(n => n?.ToJsonString() ?? "null")));

    /// <summary>
    /// A valid body with one member made hostile or removed: the others pass, so the check of that member (and what
    /// lies behind it: the grain, the database) is reached.
    /// </summary>
    public Gen<string> OneMemberHostile(JsonObject valid) => Gen.Select(
        Gen.Int[0, valid.Count - 1],
        Gen.Frequency((1, Gen.Const(false)), (6, Gen.Const(true))),
        Json(null, 0),
        (index, replace, value) =>
        {
            var body = (JsonObject)valid.DeepClone();
            var name = body.ElementAt(index).Key;
            if (replace)
            {
                body[name] = value?.DeepClone();
            }
            else
            {
                body.Remove(name);
            }

            return body.ToJsonString();
        });

    private Gen<JsonObject> Object(JsonObject schema, int depth)
    {
        var members = (schema["properties"]?.AsObject() ?? [])
            .Select(p => (p.Key, Value: Gen.Frequency(
                (1, Gen.Const((Present: false, Node: (JsonNode?)null))),
                (6, Json(ApiOperation.Resolve(p.Value?.AsObject(), schemas), depth + 1).Select(n => (Present: true, Node: n))))))
            .ToList();
        var start = Gen.Const(new List<(string, JsonNode?)>());
        var all = members.Aggregate(start, (gen, member) => gen.SelectMany(list => member.Value.Select(v =>
        {
            var next = new List<(string, JsonNode?)>(list);
            if (v.Present)
            {
                next.Add((member.Key, v.Node));
            }

            return next;
        })));
        return all.Select(list =>
        {
            var json = new JsonObject();
            foreach (var (name, node) in list)
            {
                json[name] = node;
            }

            return json;
        });
    }

    /// <summary>A JSON value: well-typed for the schema about half the time, anything hostile otherwise.</summary>
    private Gen<JsonNode?> Json(JsonObject? schema, int depth)
    {
        var hostile = Gen.OneOf(
            Text.Select(t => (JsonNode?)JsonValue.Create(t)),
            Gen.OneOf(Numbers).Select(n => JsonNode.Parse(n)),
            Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
            Gen.Const((JsonNode?)null),
            Gen.Const(0).Select(_ => (JsonNode?)new JsonArray(JsonValue.Create("x"), JsonValue.Create(1))),
            Gen.Const(0).Select(_ => (JsonNode?)new JsonObject { ["nested"] = "\0" }));
        if (schema is null || depth > 3)
        {
            return hostile;
        }

        var typed = TypeOf(schema) switch
        {
            "object" => Object(schema, depth).Select(o => (JsonNode?)o),
            "array" => Json(ApiOperation.Resolve(schema["items"]?.AsObject(), schemas), depth + 1)
                .Array[0, 4].Select(items => (JsonNode?)new JsonArray([.. items.Select(i => i?.DeepClone())])),
            "integer" => Gen.OneOf(Gen.Long.Select(l => (JsonNode?)JsonValue.Create(l)), Gen.OneOf(Numbers).Select(n => (JsonNode?)JsonValue.Create(n))),
            "boolean" => Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
            _ => (schema["format"]?.GetValue<string>() switch
            {
                "uuid" => Id,
                "date" => Date,
                "date-time" => Gen.OneOf(Gen.DateTimeOffset.Select(d => d.ToString("O", CultureInfo.InvariantCulture)), Date),
                _ => schema["enum"]?.AsArray() is { Count: > 0 } values
                    ? Gen.OneOf(Gen.OneOf([.. values.Select(v => v?.ToString() ?? "null")]), Text)
                    : Text,
            }).Select(t => (JsonNode?)JsonValue.Create(t)),
        };
        return Gen.Frequency((1, typed), (1, hostile));
    }

    private static string? TypeOf(JsonObject schema) => schema["type"] switch
    {
        JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null" && t != "string")
            ?? types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null"),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => schema["properties"] is not null ? "object" : null,
    };
}
