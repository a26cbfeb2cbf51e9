using GiveBack.Plugins.Abstractions.Outreach;
using GiveBack.Plugins.Hosting.Outreach;
using GiveBack.Plugins.Hosting.Sync;
using GiveBack.Plugins.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Plugins.Tests.Hosting;

public sealed class ChannelAndSyncTests
{
    [Fact]
    public async Task Pull_is_incremental_through_the_stored_cursor()
    {
        await using var host = await PluginTestHost.StartAsync(["Recorder"]);
        var sync = host.App.Services.GetRequiredService<ConstituentSync>();

        var first = await sync.PullAsync("Recorder", 2, default);
        var second = await sync.PullAsync("Recorder", 2, default);

        Assert.Equal((5, 0), (first, second));
        Assert.Equal(5L, await host.ScalarAsync<long>("SELECT count(*) FROM plugin_external_ids WHERE plugin_id = 'Recorder'"));
        Assert.Equal("5", await host.ScalarAsync<string>("SELECT pull_cursor FROM plugin_cursors WHERE plugin_id = 'Recorder'"));
    }

    [Fact]
    public async Task A_disabled_plugin_channel_is_never_called()
    {
        await using var host = await PluginTestHost.StartAsync(["Recorder"]);
        var channels = host.App.Services.GetRequiredService<PluginChannels>();
        var recipient = new OutreachRecipient(Guid.NewGuid(), "Ada", "Lovelace", null, null, "en", ["test"]);
        var message = GiveBack.Plugins.ConformanceKit.KitSamples.Message(MessageKind.Receipt, recipient);

        var before = await channels.SendAsync("test", message, default);
        await host.Client.PostOkAsync("/api/v1/plugins/Recorder/disable");
        var after = await channels.SendAsync("test", message, default);

        Assert.Equal(OutreachStatus.Delivered, before.Status);
        Assert.Equal(OutreachStatus.Failed, after.Status);
        Assert.Contains("no enabled and configured plugin", after.Detail);
    }
}
