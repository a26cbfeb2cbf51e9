using System.Text.Json.Nodes;
using GiveBack.StripeEmulator.Http;

namespace GiveBack.StripeEmulator.Store;

/// <summary>
/// All emulated Stripe objects, in memory, as the JSON Stripe would return. One lock guards everything:
/// the emulator plays an external service for tests, so simplicity beats throughput.
/// </summary>
internal sealed class EmulatorStore(TimeProvider time)
{
    private readonly Dictionary<string, Entry> _objects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _internal = new(StringComparer.Ordinal);
    private long _sequence;

    public Lock Gate { get; } = new();

    public TimeProvider Time => time;

    public long Now => time.GetUtcNow().ToUnixTimeSeconds();

    public void Put(JsonObject obj)
    {
        var id = (string)obj["id"]!;
        if (_objects.TryGetValue(id, out var existing))
        {
            _objects[id] = existing with { Json = obj };
            return;
        }

        _objects[id] = new Entry(obj, ++_sequence);
    }

    public JsonObject? Find(string id) => _objects.TryGetValue(id, out var entry) ? entry.Json : null;

    /// <summary>The object with this id and type, or Stripe's 404 <c>resource_missing</c> error.</summary>
    public JsonObject Get(string id, string objectType, string param = "id")
    {
        var found = Find(id);
        if (found is null || (string?)found["object"] != objectType)
        {
            throw StripeApiException.NoSuch(objectType, id, param);
        }

        return found;
    }

    /// <summary>Objects of a type, newest first (creation order breaks ties within a second), as Stripe lists them.</summary>
    public IEnumerable<JsonObject> List(string objectType) =>
        _objects.Values
            .Where(e => (string?)e.Json["object"] == objectType)
            .OrderByDescending(e => e.Sequence)
            .Select(e => e.Json);

    public IEnumerable<JsonObject> All() => _objects.Values.OrderBy(e => e.Sequence).Select(e => e.Json);

    /// <summary>Emulator-only data that has no place in Stripe's object shape (a session's requested line items, ...).</summary>
    public JsonObject Internal(string id)
    {
        if (!_internal.TryGetValue(id, out var data))
        {
            data = [];
            _internal[id] = data;
        }

        return data;
    }

    public void Clear()
    {
        _objects.Clear();
        _internal.Clear();
    }

    private sealed record Entry(JsonObject Json, long Sequence);
}
