using System.Net.Sockets;
using GiveBack.Testing;
using Stripe;

namespace GiveBack.StripeEmulator.Tests;

public sealed class DeliveryTests : EmulatorTestBase
{
    private static readonly string[] PaymentEvents = ["charge.succeeded", "payment_intent.succeeded", "checkout.session.completed"];

    [Fact]
    public async Task Receiver_answering_500_twice_gets_the_event_on_the_third_attempt()
    {
        var chargeId = await PaidChargeAsync();
        await EventsAsync("checkout.session.completed", 1);
        Receiver.FailNext(2);

        await Emulator.Control.OpenDisputeAsync(chargeId);

        var delivered = Assert.Single(await EventsAsync("charge.dispute.created", 1));
        var attempts = await Eventually.MatchesAsync(
            () => Emulator.Control.GetDeliveryAttemptsAsync(delivered.Id), a => a.Count >= 3, "three recorded attempts");
        Assert.Equal([1, 2, 3], attempts.Select(a => a.Attempt));
        Assert.Equal([500, 500, 200], attempts.Select(a => a.StatusCode));
        // Backoff waits 100 ms, then 200 ms: a lower bound only (a loaded machine makes it longer, never shorter), with
        // a few milliseconds' slack for timer and clock granularity.
        Assert.True(attempts[2].At - attempts[0].At >= TimeSpan.FromMilliseconds(280), "backoff waits 100 ms, then 200 ms");
    }

    [Fact]
    public async Task Unreachable_endpoint_is_retried_until_max_attempts()
    {
        var deadUrl = $"http://127.0.0.1:{FreePort()}/webhook";
        await Emulator.Control.ConfigureWebhooksAsync([deadUrl]);

        var session = await CreatePaymentSessionAsync(1000);
        await Emulator.Control.FailCheckoutAsync(session.Id);

        var attempts = await Eventually.MatchesAsync(
            () => Emulator.Control.GetDeliveryAttemptsAsync(),
            a => a.Count >= 4,
            "four attempts at the unreachable endpoint");
        Assert.All(attempts, a => Assert.Null(a.StatusCode));
        Assert.Equal([1, 2, 3, 4], attempts.Select(a => a.Attempt));
        await Eventually.TrueAsync(async () => (await Emulator.Control.GetDeliveryStatusAsync()).Idle, "no retry left after the last attempt");
    }

    [Fact]
    public async Task Next_events_can_be_sent_several_times()
    {
        await Emulator.Control.DuplicateNextEventsAsync(events: 3, times: 2);

        await PaidChargeAsync();

        var received = await Eventually.MatchesAsync(
            () => Task.FromResult(Receiver.Events), e => e.Count >= 6, "six deliveries");
        Assert.Equal(3, received.Select(e => e.Id).Distinct().Count());
        Assert.All(received.GroupBy(e => e.Id), g => Assert.Equal(2, g.Count()));
    }

    [Fact]
    public async Task Batch_can_be_delivered_in_reverse_order()
    {
        await Emulator.Control.ReverseNextEventsAsync(3);

        await PaidChargeAsync();

        var received = await Eventually.MatchesAsync(
            () => Task.FromResult(Receiver.Events), e => e.Count >= 3, "three deliveries");
        Assert.Equal(PaymentEvents.Reverse(), received.Select(e => e.Type));
    }

    [Fact]
    public async Task Paused_delivery_queues_and_resume_can_reverse()
    {
        await Emulator.Control.PauseDeliveryAsync();
        var session = await CreatePaymentSessionAsync(1000);
        await Emulator.Control.CompleteCheckoutAsync(session.Id);

        var status = await Emulator.Control.GetDeliveryStatusAsync();
        Assert.True(status.Paused);
        Assert.Equal(3, status.Queued);
        Assert.Empty(Receiver.Events);

        await Emulator.Control.ResumeDeliveryAsync(reverse: true);

        var received = await Eventually.MatchesAsync(
            () => Task.FromResult(Receiver.Events), e => e.Count >= 3, "three deliveries after resume");
        Assert.Equal(PaymentEvents.Reverse(), received.Select(e => e.Type));
    }

    [Fact]
    public async Task Event_can_be_resent_by_id_and_is_listed()
    {
        await PaidChargeAsync();
        var first = Assert.Single(await EventsAsync("checkout.session.completed", 1));

        await Emulator.Control.ResendEventAsync(first.Id);

        var both = await EventsAsync("checkout.session.completed", 2);
        Assert.All(both, e => Assert.Equal(first.Id, e.Id));
        var events = new EventService(Client);
        Assert.Equal(first.Id, (await events.GetAsync(first.Id)).Id);
        var listed = await events.ListAsync(new EventListOptions { Type = "checkout.session.completed" });
        Assert.Equal(first.Id, Assert.Single(listed.Data).Id);
        Assert.Equal(3, (await events.ListAsync()).Data.Count);
    }

    [Fact]
    public async Task Wrong_secret_fails_verification_at_the_receiver()
    {
        await Emulator.Control.ConfigureWebhooksAsync(null, "whsec_not_the_receivers");

        var session = await CreatePaymentSessionAsync(1000);
        await Emulator.Control.FailCheckoutAsync(session.Id);

        await Eventually.TrueAsync(() => Task.FromResult(Receiver.Rejections.Count > 0), "a rejected signature");
        Assert.Empty(Receiver.Events);
    }

    [Fact]
    public async Task Reset_forgets_objects_and_events()
    {
        var chargeId = await PaidChargeAsync();
        await EventsAsync("checkout.session.completed", 1);

        await Emulator.Control.ResetAsync();

        await Assert.ThrowsAsync<StripeException>(() => new ChargeService(Client).GetAsync(chargeId));
        Assert.Empty((await new EventService(Client).ListAsync()).Data);
        Assert.Empty(await Emulator.Control.GetDeliveryAttemptsAsync());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task<string> PaidChargeAsync()
    {
        var session = await CreatePaymentSessionAsync(5000);
        await Emulator.Control.CompleteCheckoutAsync(session.Id);
        return (string)(await Emulator.Control.GetObjectsAsync("charge"))[^1]["id"]!;
    }
}
