using System.Net.Http.Json;
using GiveBack.Plugins.Hosting.Api;
using GiveBack.Plugins.Hosting.Storage;

namespace GiveBack.Plugins.Tests.Infrastructure;

public static class ApiClientExtensions
{
    public static async Task<IReadOnlyList<PluginView>> GetPluginsAsync(this HttpClient client)
    {
        var plugins = await client.GetFromJsonAsync<List<PluginView>>("/api/v1/plugins");
        return plugins ?? throw new InvalidOperationException("GET /api/v1/plugins returned nothing");
    }

    public static async Task<PluginView> GetPluginAsync(this HttpClient client, string id) =>
        (await client.GetPluginsAsync()).Single(p => p.Id == id);

    public static async Task<IReadOnlyList<DeadLetter>> GetDeadLettersAsync(this HttpClient client, string? pluginId = null)
    {
        var url = pluginId is null ? "/api/v1/plugins/dead-letters" : $"/api/v1/plugins/dead-letters?pluginId={pluginId}";
        return await client.GetFromJsonAsync<List<DeadLetter>>(url) ?? [];
    }

    public static async Task PostOkAsync(this HttpClient client, string url)
    {
        using var response = await client.PostAsync(new Uri(url, UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
    }
}
