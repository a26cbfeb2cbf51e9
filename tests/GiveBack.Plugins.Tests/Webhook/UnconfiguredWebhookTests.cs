using System.Text.Json;
using GiveBack.Plugins.Hosting.Api;
using GiveBack.Plugins.Tests.Infrastructure;
using GiveBack.Testing;
using GiveBack.Testing.Webhooks;

namespace GiveBack.Plugins.Tests.Webhook;

public sealed class UnconfiguredWebhookTests
{
    [Fact]
    public async Task An_unconfigured_plugin_needs_configuration_receives_nothing_and_gets_the_waiting_events_once_configured()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await PluginTestHost.StartAsync(["Webhook"]);
        var donor = Guid.NewGuid();
        var donorEvent = await host.Events.DonorAsync(donor);
        var (giftEvent, _) = await host.Events.GiftAsync(donor, 7_700);

        var view = await host.Client.GetPluginAsync("Webhook");
        Assert.Equal((PluginsApi.NeedsConfiguration, true), (view.State, view.Enabled));
        Assert.Equal(["Plugins:Webhook:Url", "Plugins:Webhook:Secret"], view.MissingSettings);
        var plugin = host.Registry.Find("Webhook")!;
        var cycles = plugin.DeliveryCycles;
        await Eventually.TrueAsync(() => Task.FromResult(plugin.DeliveryCycles >= cycles + 5), "the delivery loop to pass a few times");
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM plugin_deliveries WHERE plugin_id = 'Webhook'"));
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT coalesce(max(last_outbox_id), 0) FROM plugin_cursors WHERE plugin_id = 'Webhook'"));

        host.Configure("Plugins:Webhook:Url", receiver.HookUrl.ToString());
        Assert.Equal(["Plugins:Webhook:Secret"], (await host.Client.GetPluginAsync("Webhook")).MissingSettings);
        host.Configure("Plugins:Webhook:Secret", "whsec_configured_later");

        var received = await Eventually.MatchesAsync(
            () => Task.FromResult(receiver.Received), r => r.Count == 2, "both waiting events once the plugin is configured");
        Assert.Equal([donorEvent, giftEvent], received.Select(r => long.Parse(r.Delivery, System.Globalization.CultureInfo.InvariantCulture)));
        using var gift = JsonDocument.Parse(received[1].Body);
        Assert.Equal(7_700, gift.RootElement.GetProperty("data").GetProperty("amountMinor").GetInt64());
        Assert.True(received[1].IsSignedWith("whsec_configured_later"));
        Assert.Equal("Loaded", (await host.Client.GetPluginAsync("Webhook")).State);
    }
}
