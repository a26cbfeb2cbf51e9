using System.Net;
using GiveBack.Plugins.Hosting.Registry;
using GiveBack.Plugins.Tests.Infrastructure;

namespace GiveBack.Plugins.Tests.Hosting;

public sealed class PluginLoadingTests(LoadingFixture fixture) : IClassFixture<LoadingFixture>
{
    private PluginTestHost Host => fixture.Host;

    [Fact]
    public void Plugin_built_against_a_newer_abstractions_major_is_refused_with_a_clear_log_line()
    {
        var plugin = Host.Registry.Find("FutureAbi")!;

        Assert.Equal(PluginState.Refused, plugin.State);
        Assert.Contains("3.0.0", plugin.RefusalReason);
        Assert.Contains(Host.Logs.Lines, l => l.Contains("Plugin FutureAbi refused", StringComparison.Ordinal) && l.Contains("3.0.0", StringComparison.Ordinal));
    }

    [Fact]
    public void Plugin_needing_a_newer_abstractions_minor_is_refused()
    {
        var plugin = Host.Registry.Find("NewerMinor")!;

        Assert.Equal(PluginState.Refused, plugin.State);
        Assert.Contains("2.3.0", plugin.RefusalReason);
    }

    [Fact]
    public void Plugin_with_a_missing_dependency_is_refused_naming_the_assembly()
    {
        var plugin = Host.Registry.Find("MissingDependency")!;

        Assert.Equal(PluginState.Refused, plugin.State);
        Assert.Contains("GiveBack.TestPlugin.MissingDependency.Helpers", plugin.RefusalReason);
    }

    [Theory]
    [InlineData("Broken", "not a valid .NET assembly")]
    [InlineData("NoEntry", "not found")]
    [InlineData("NoManifest", "no plugin.json")]
    public void Broken_plugin_folders_are_refused_with_the_reason(string id, string reason)
    {
        var plugin = Host.Registry.Find(id)!;

        Assert.Equal(PluginState.Refused, plugin.State);
        Assert.Contains(reason, plugin.RefusalReason);
    }

    [Fact]
    public async Task The_host_serves_the_api_and_delivers_to_good_plugins_beside_refused_ones()
    {
        var donor = Guid.NewGuid();
        var (id, _) = await Host.Events.GiftAsync(donor);

        await Host.WaitForRecordsAsync("Recorder", r => r.Any(x => x.DeliveryId == id), $"Recorder to receive outbox event {id}");
        var plugins = await Host.Client.GetPluginsAsync();
        Assert.Equal("Loaded", plugins.Single(p => p.Id == "Recorder").State);
        var refused = plugins.Single(p => p.Id == "FutureAbi");
        Assert.Equal(("Refused", false, "Unhealthy"), (refused.State, refused.Enabled, refused.Health));
    }

    [Fact]
    public async Task Plugins_needing_different_Newtonsoft_Json_majors_load_side_by_side()
    {
        var id = await Host.Events.DonorAsync(Guid.NewGuid());

        var old = await Host.WaitForRecordsAsync("JsonOld", r => r.Any(x => x.DeliveryId == id), "JsonOld to receive the event");
        var current = await Host.WaitForRecordsAsync("JsonNew", r => r.Any(x => x.DeliveryId == id), "JsonNew to receive the event");
        Assert.StartsWith("newtonsoft=12.0.0.0", old.Single(x => x.DeliveryId == id).Note, StringComparison.Ordinal);
        Assert.StartsWith("newtonsoft=13.0.0.0", current.Single(x => x.DeliveryId == id).Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enabling_a_refused_plugin_is_a_conflict_problem()
    {
        using var response = await Host.Client.PostAsync(new Uri("/api/v1/plugins/FutureAbi/enable", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
