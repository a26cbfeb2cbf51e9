using System.Text.Json.Nodes;
using GiveBack.Testing;

namespace GiveBack.Micro.Benchmarks.Webhooks;

/// <summary>
/// Stripe's own object shapes, from <c>../shared/stripe/fixtures3.json</c> beside the repository (the fixtures the
/// emulator is checked against): nothing here invents a field.
/// </summary>
internal static class StripeFixtures
{
    private const string Fallback = "/work/shared/stripe/fixtures3.json";

    /// <summary>The fixture event carrying the fixture object of <paramref name="resource"/> as <paramref name="type"/>.</summary>
    public static string Event(string type, string resource, string apiVersion)
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "stripe", "fixtures3.json"));
        var resources = JsonNode.Parse(File.ReadAllText(File.Exists(path) ? path : Fallback))!["resources"]!;
        var @event = resources["event"]!.DeepClone();
        @event["type"] = type;
        @event["api_version"] = apiVersion;
        @event["data"]!["object"] = resources[resource]!.DeepClone();
        return @event.ToJsonString();
    }
}
