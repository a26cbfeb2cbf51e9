using System.Net;
using System.Text.Json;
using GiveBack.Payments.Stripe;
using GiveBack.Payments.Stripe.Webhooks;
using GiveBack.Testing.Host;

namespace GiveBack.Payments.Tests;

/// <summary>
/// A stored Stripe event whose processing fails (Stripe's API failing, injected in the emulator) is retried on the
/// capped backoff beyond the old twelve attempts, parked only after its window, listed, shown in the readiness
/// details, and replayed into exactly one gift.
/// </summary>
[Collection(EventRetryGroup.Name)]
public sealed class PaymentEventRetryTests(EventRetryFixture fixture)
{
    [Fact]
    public void Default_schedule_backs_off_to_an_hour_and_retries_for_at_least_three_days_before_parking()
    {
        var schedule = EventRetrySchedule.From(new StripeOptions());

        Assert.Equal(TimeSpan.FromSeconds(0.5), schedule.DelayAfter(1));
        Assert.Equal(TimeSpan.FromSeconds(1), schedule.DelayAfter(2));
        Assert.Equal(TimeSpan.FromSeconds(2048), schedule.DelayAfter(13));
        Assert.Equal(TimeSpan.FromHours(1), schedule.DelayAfter(14));
        Assert.Equal(TimeSpan.FromHours(1), schedule.DelayAfter(500));
        Assert.True(schedule.AttemptsBeforeParking > 12, $"parks after {schedule.AttemptsBeforeParking} attempts");
        Assert.False(schedule.Parks(12));

        // The last attempt comes after at least three days of scheduled delays, and not a whole delay later.
        var beforeLast = Enumerable.Range(1, schedule.AttemptsBeforeParking - 1).Aggregate(TimeSpan.Zero, (sum, n) => sum + schedule.DelayAfter(n));
        Assert.True(beforeLast >= TimeSpan.FromDays(3), $"the last attempt comes {beforeLast} after the first");
        Assert.True(beforeLast - schedule.DelayAfter(schedule.AttemptsBeforeParking - 1) < TimeSpan.FromDays(3));
        Assert.True(schedule.Parks(schedule.AttemptsBeforeParking));
        Assert.False(schedule.Parks(schedule.AttemptsBeforeParking - 1));
    }

    [Fact]
    public async Task Event_failing_more_than_twelve_times_is_retried_and_then_books_the_gift_once()
    {
        Assert.True(EventRetryFixture.Schedule.AttemptsBeforeParking > 16, "the test schedule parks after the failures below");
        var campaign = await fixture.CreateCampaignAsync();
        var (eventId, raw) = await fixture.PayWithHeldEventsAsync(campaign, 3100);

        // Stripe.net makes each call three times (its default MaxNetworkRetries is 2): 45 failed calls are 15 failed attempts.
        await fixture.Emulator.Control.FailNextCallsAsync("/v1/payment_intents", count: 45);
        try
        {
            OnlineGivingFixture.AssertStatus(await fixture.PostWebhookAsync(raw), HttpStatusCode.OK);
            var processed = await fixture.PaymentEventAsync(eventId, "processed", "the event processed after 15 failures");
            Assert.Equal(16, processed.GetProperty("attempts").GetInt32());
        }
        finally
        {
            await fixture.Emulator.Control.FailNextCallsAsync("/v1/payment_intents", count: 0);
            await fixture.Emulator.Control.ResumeDeliveryAsync();
        }

        await fixture.SettledAsync();
        Assert.Equal(3100, Assert.Single(await fixture.CampaignGiftsAsync(campaign.Id)).GetProperty("amount").GetInt64());
    }

    [Fact]
    public async Task Event_failing_for_its_whole_window_is_parked_listed_reported_and_a_replay_books_it_once()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var (eventId, raw) = await fixture.PayWithHeldEventsAsync(campaign, 4700);

        var parked = await fixture.ParkAsync(eventId, raw);

        Assert.Equal(EventRetryFixture.Schedule.AttemptsBeforeParking, parked.GetProperty("attempts").GetInt32());
        Assert.StartsWith("parked after attempt", parked.GetProperty("outcome").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, parked.GetProperty("nextAttemptAt").ValueKind);
        Assert.Empty(await fixture.CampaignGiftsAsync(campaign.Id));
        var listed = await Http.GetAsync<JsonElement>(fixture.Staff, "/api/v1/payments/events?status=parked&limit=200");
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), e => e.GetProperty("id").GetString() == eventId);
        Assert.All(listed.GetProperty("items").EnumerateArray(), e => Assert.Equal("parked", e.GetProperty("status").GetString()));

        var health = await ReadyAsync();
        Assert.Equal("Degraded", health.GetProperty("status").GetString());
        var details = health.GetProperty("checks").GetProperty("stripe-events");
        Assert.Equal("Degraded", details.GetProperty("status").GetString());
        Assert.Contains("parked", details.GetProperty("description").GetString(), StringComparison.Ordinal);

        using var replay = await fixture.Staff.PostAsync($"/api/v1/payments/events/{eventId}/replay", null);
        Assert.Equal("pending", (await Http.ReadAsync<JsonElement>(replay, HttpStatusCode.Accepted)).GetProperty("status").GetString());
        await fixture.PaymentEventAsync(eventId, "processed", "the replayed event processed");
        Assert.Equal(4700, Assert.Single(await fixture.CampaignGiftsAsync(campaign.Id)).GetProperty("amount").GetInt64());

        // Replaying what is already booked goes through the same path and books nothing twice.
        using var again = await fixture.Staff.PostAsync($"/api/v1/payments/events/{eventId}/replay", null);
        await Http.ReadAsync<JsonElement>(again, HttpStatusCode.Accepted);
        await fixture.PaymentEventAsync(eventId, "processed", "the second replay processed");
        await fixture.Emulator.Control.ResumeDeliveryAsync();
        await fixture.SettledAsync();
        Assert.Single(await fixture.CampaignGiftsAsync(campaign.Id));
        Assert.Equal(4700, await fixture.RaisedAsync(campaign.Id));
        Assert.Equal(0, (await Http.GetAsync<JsonElement>(fixture.Staff, "/api/v1/payments/events?status=parked")).GetProperty("total").GetInt32());
        Assert.Equal("Healthy", (await ReadyAsync()).GetProperty("checks").GetProperty("stripe-events").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Unknown_status_or_event_and_overlong_ids_are_problems()
    {
        var status = await Http.ProblemAsync(await fixture.Staff.GetAsync("/api/v1/payments/events?status=lost"), HttpStatusCode.BadRequest);
        Assert.Contains("parked", Assert.Single(Http.ErrorsFor(status, "status")), StringComparison.Ordinal);
        Http.ErrorsFor(await Http.ProblemAsync(await fixture.Staff.GetAsync("/api/v1/payments/events?limit=0"), HttpStatusCode.BadRequest), "limit");
        await Http.ProblemAsync(await fixture.Staff.PostAsync("/api/v1/payments/events/evt_no_such_event/replay", null), HttpStatusCode.NotFound);
        var overlong = await Http.ProblemAsync(await fixture.Staff.PostAsync($"/api/v1/payments/events/evt_{new string('x', 300)}/replay", null), HttpStatusCode.BadRequest);
        Http.ErrorsFor(overlong, "id");
        using var anonymous = fixture.Server.CreateClient(apiKey: null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/payments/events")).StatusCode);
    }

    private async Task<JsonElement> ReadyAsync()
    {
        using var anonymous = fixture.Server.CreateClient(apiKey: null);
        using var response = await anonymous.GetAsync("/health/ready");
        return await Http.ReadAsync<JsonElement>(response, HttpStatusCode.OK);
    }
}
