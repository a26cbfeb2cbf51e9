using GiveBack.Plugins.Tests.Infrastructure;

namespace GiveBack.Plugins.Tests.Hosting;

public sealed class DeliveryOrderTests
{
    [Fact]
    public async Task A_failing_event_holds_back_later_events_of_the_same_donor_only()
    {
        var (stuck, other) = (Guid.NewGuid(), Guid.NewGuid());
        await using var host = await PluginTestHost.StartAsync(
            ["Recorder"], new Dictionary<string, string?> { ["Plugins:Recorder:FailDonors"] = stuck.ToString() });

        var stuck1 = await host.Events.DonorAsync(stuck);
        var (other1, _) = await host.Events.GiftAsync(other);
        var (stuck2, stuckGift) = await host.Events.GiftAsync(stuck);
        var (other2, _) = await host.Events.GiftAsync(other);
        var stuck3 = await host.Events.ReversalAsync(stuck, stuckGift);

        await host.WaitForRecordsAsync("Recorder", r => r.Count == 2, "the other donor's events to go through");
        Assert.Equal([other1, other2], host.RecordedBy("Recorder").Select(r => r.DeliveryId));
        await GiveBack.Testing.Eventually.TrueAsync(
            async () => await host.ScalarAsync<long>(
                $"SELECT count(*) FROM plugin_deliveries WHERE donor_id = '{stuck}' AND status = 'pending' AND attempts = 0") == 2,
            "the donor's two later events to wait behind the failing one");
        Assert.Equal([other1, other2], host.RecordedBy("Recorder").Select(r => r.DeliveryId));

        host.Configure("Plugins:Recorder:FailDonors", "");

        var recorded = await host.WaitForRecordsAsync("Recorder", r => r.Count == 5, "the held-back donor's events");
        Assert.Equal([stuck1, stuck2, stuck3], recorded.Where(r => r.DonorId == stuck).Select(r => r.DeliveryId));
    }

    [Fact]
    public async Task An_event_committed_late_by_a_slow_ledger_transaction_is_not_skipped()
    {
        await using var host = await PluginTestHost.StartAsync(["Recorder"]);
        var (early, transaction, slow) = await host.Events.HeldOpenDonorEventAsync(Guid.NewGuid());
        await using var _ = slow;
        await using var __ = transaction;
        var (late, _) = await host.Events.GiftAsync(Guid.NewGuid());
        Assert.True(early < late);

        var plugin = host.Registry.Find("Recorder")!;
        var cycles = plugin.DeliveryCycles;
        await GiveBack.Testing.Eventually.TrueAsync(
            () => Task.FromResult(plugin.DeliveryCycles >= cycles + 5), "the delivery loop to pass while the early id is uncommitted");
        await transaction.CommitAsync();

        var recorded = await host.WaitForRecordsAsync("Recorder", r => r.Count == 2, "both events, the early one included");
        Assert.Equal([early, late], recorded.Select(r => r.DeliveryId));
    }
}
