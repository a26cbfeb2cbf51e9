using System.Text.Json;
using GiveBack.Plugins.Abstractions.Outreach;
using GiveBack.Plugins.ConformanceKit;
using GiveBack.Plugins.Hosting.Outreach;
using GiveBack.Plugins.Hosting.Sync;
using GiveBack.Plugins.Tests.Infrastructure;
using GiveBack.Testing;
using GiveBack.Testing.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Plugins.Tests.Webhook;

public sealed class WebhookPluginTests : IAsyncLifetime
{
    private const string Secret = "whsec_test_5f1c";
    private WebhookReceiver _receiver = null!;
    private PluginTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        _host = await PluginTestHost.StartAsync(["Webhook"], new Dictionary<string, string?>
        {
            ["Plugins:Webhook:Url"] = _receiver.HookUrl.ToString(),
            ["Plugins:Webhook:Secret"] = Secret,
            ["Plugins:Webhook:PullUrl"] = _receiver.PullUrl.ToString(),
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task Gift_is_posted_as_json_signed_with_the_shared_secret()
    {
        var donor = Guid.NewGuid();
        var (id, giftId) = await _host.Events.GiftAsync(donor, 12_345, fund: "Scholarships");

        var received = await Eventually.MatchesAsync(
            () => Task.FromResult(_receiver.Received), r => r.Count == 1, "the webhook to receive the gift");

        var hook = received[0];
        Assert.True(hook.IsSignedWith(Secret), $"bad signature {hook.Signature}");
        Assert.False(hook.IsSignedWith("another secret"));
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), hook.Delivery);
        using var json = JsonDocument.Parse(hook.Body);
        var root = json.RootElement;
        Assert.Equal(id, root.GetProperty("deliveryId").GetInt64());
        Assert.Equal("GiftRecorded", root.GetProperty("type").GetString());
        var data = root.GetProperty("data");
        Assert.Equal(12_345, data.GetProperty("amountMinor").GetInt64());
        Assert.Equal("USD", data.GetProperty("currency").GetString());
        Assert.Equal(donor, data.GetProperty("donorId").GetGuid());
        Assert.Equal(giftId, data.GetProperty("giftId").GetGuid());
        Assert.Equal(new DateTimeOffset(2026, 11, 3, 0, 0, 0, TimeSpan.Zero), data.GetProperty("receivedAt").GetDateTimeOffset());
        Assert.Equal((ProductEvents.CampaignName, "Scholarships", "cheque", "offline"), (
            data.GetProperty("campaignName").GetString(), data.GetProperty("fund").GetString(),
            data.GetProperty("method").GetString(), data.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task Error_answers_are_retried_with_the_same_delivery_id_until_accepted()
    {
        _receiver.FailNext(2);
        var id = await _host.Events.DonorAsync(Guid.NewGuid());

        await Eventually.TrueAsync(
            async () => await _host.ScalarAsync<string>($"SELECT status FROM plugin_deliveries WHERE outbox_id = {id}") == "delivered",
            "the delivery to succeed on the third attempt");
        Assert.Equal(3, _receiver.Received.Count);
        Assert.All(_receiver.Received, r => Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Delivery));
        Assert.Equal(3, await _host.ScalarAsync<int>($"SELECT attempts FROM plugin_deliveries WHERE outbox_id = {id}"));
    }

    [Fact]
    public async Task Channel_posts_consented_messages_and_skips_opted_out_donors()
    {
        var channels = _host.App.Services.GetRequiredService<PluginChannels>();
        var consenting = new OutreachRecipient(Guid.NewGuid(), "Ada", "Lovelace", "ada@example.org", null, "en", ["webhook"]);
        var optedOut = consenting with { DonorId = Guid.NewGuid(), ConsentedChannels = ["email"] };

        var sent = await channels.SendAsync("webhook", KitSamples.Message(MessageKind.ThankYou, consenting), default);
        var skipped = await channels.SendAsync("webhook", KitSamples.Message(MessageKind.Appeal, optedOut), default);

        Assert.Equal(OutreachStatus.Delivered, sent.Status);
        Assert.Equal(OutreachStatus.OptedOut, skipped.Status);
        var hook = Assert.Single(_receiver.Received);
        Assert.Equal("ThankYou", hook.Kind);
        Assert.True(hook.IsSignedWith(Secret));
        Assert.Contains("$50.00", hook.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pull_stores_external_ids_and_the_cursor_the_crm_returned()
    {
        var sync = _host.App.Services.GetRequiredService<ConstituentSync>();

        var pulled = await sync.PullAsync("Webhook", 50, default);
        var again = await sync.PullAsync("Webhook", 50, default);

        Assert.Equal((1, 0), (pulled, again));
        Assert.Equal("grace@example.org", await _host.ScalarAsync<string>(
            "SELECT email FROM plugin_external_ids WHERE plugin_id = 'Webhook' AND external_id = '0031x000001'"));
        Assert.Equal("page-2", await _host.ScalarAsync<string>("SELECT pull_cursor FROM plugin_cursors WHERE plugin_id = 'Webhook'"));
    }
}
