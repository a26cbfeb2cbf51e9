using GiveBack.Plugins.Tests.Infrastructure;
using GiveBack.Testing;

namespace GiveBack.Plugins.Tests.Hosting;

public sealed class MisbehavingPluginTests
{
    [Fact]
    public async Task Throwing_plugin_never_blocks_others_and_catches_up_once_fixed()
    {
        await using var host = await PluginTestHost.StartAsync(["Throwing", "Recorder"]);
        var (ada, bob) = (Guid.NewGuid(), Guid.NewGuid());
        var ids = new List<long>();
        ids.AddRange(await host.Events.OneOfEachAsync(ada));
        ids.AddRange(await host.Events.OneOfEachAsync(bob));

        await host.WaitForRecordsAsync("Recorder", r => r.Count == ids.Count, "the healthy plugin to get every event");
        var throwing = await Eventually.MatchesAsync(
            () => host.Client.GetPluginAsync("Throwing"), p => p.LastError is not null, "the failure to show in the API");
        Assert.Contains("Throwing plugin is broken", throwing.LastError);
        Assert.NotEqual("Healthy", throwing.Health);
        Assert.Empty(host.RecordedBy("Throwing"));

        host.Configure("Plugins:Throwing:Broken", "false");

        var caughtUp = await host.WaitForRecordsAsync(
            "Throwing", r => r.Select(x => x.DeliveryId).Distinct().Count() == ids.Count, "the fixed plugin to catch up");
        Assert.Equal(ids, caughtUp.Select(x => x.DeliveryId).Distinct().Order());
        Assert.Equal("Healthy", (await host.Client.GetPluginAsync("Throwing")).Health);
    }

    [Fact]
    public async Task Hanging_plugin_is_abandoned_after_the_timeout_and_delivered_to_once_it_answers()
    {
        await using var host = await PluginTestHost.StartAsync(
            ["Hanging", "Recorder"], new Dictionary<string, string?> { ["Plugins:Timeout"] = "00:00:00.300" });
        var ids = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await host.Events.GiftAsync(Guid.NewGuid())).OutboxId);
        }

        await host.WaitForRecordsAsync("Recorder", r => r.Count == 3, "the healthy plugin to get every event while the other hangs");
        var hanging = await Eventually.MatchesAsync(
            () => host.Client.GetPluginAsync("Hanging"), p => p.LastError is not null, "the timeout to show in the API");
        Assert.Contains("timed out", hanging.LastError);

        host.Configure("Plugins:Hanging:Hang", "false");

        var recorded = await host.WaitForRecordsAsync(
            "Hanging", r => r.Select(x => x.DeliveryId).Distinct().Count() == 3, "the plugin to get every event once it answers");
        Assert.Equal(ids, recorded.Select(x => x.DeliveryId).Distinct().Order());
    }

    [Fact]
    public async Task Disabled_plugin_receives_nothing_and_catches_up_when_re_enabled()
    {
        await using var host = await PluginTestHost.StartAsync(["Recorder"]);
        await host.Client.PostOkAsync("/api/v1/plugins/Recorder/disable");
        Assert.False((await host.Client.GetPluginAsync("Recorder")).Enabled);
        Assert.False(await host.ScalarAsync<bool>("SELECT enabled FROM plugin_settings WHERE plugin_id = 'Recorder'"));

        var ids = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await host.Events.GiftAsync(Guid.NewGuid())).OutboxId);
        }

        var plugin = host.Registry.Find("Recorder")!;
        var cycles = plugin.DeliveryCycles;
        await Eventually.TrueAsync(() => Task.FromResult(plugin.DeliveryCycles >= cycles + 5), "the delivery loop to pass a few times");
        Assert.Empty(host.RecordedBy("Recorder"));

        await host.Client.PostOkAsync("/api/v1/plugins/Recorder/enable");

        var recorded = await host.WaitForRecordsAsync("Recorder", r => r.Count == 3, "the re-enabled plugin to catch up");
        Assert.Equal(ids, recorded.Select(x => x.DeliveryId));
    }
}
