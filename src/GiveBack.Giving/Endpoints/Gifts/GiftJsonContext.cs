using System.Text.Json;
using System.Text.Json.Serialization;

namespace GiveBack.Giving.Endpoints.Gifts;

/// <summary>
/// Source-generated JSON metadata for the gift path's body and answer (<c>POST /api/v1/gifts</c>), first in the host's
/// resolver chain: no reflection to build their contracts at start-up or on a cold path. The wire form is the API's
/// own (<see cref="GiveBack.Web.Json.ApiJson"/>): the host's options, converters included, still apply to these
/// types, so names, enum strings and nulls are what the reflection-based contract wrote.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(GiftRequest))]
[JsonSerializable(typeof(GiftResponse))]
internal sealed partial class GiftJsonContext : JsonSerializerContext;
