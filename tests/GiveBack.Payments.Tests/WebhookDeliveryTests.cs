using System.Net;
using System.Text.Json;
using GiveBack.Testing;
using Stripe;

namespace GiveBack.Payments.Tests;

[Collection(OnlineGivingGroup.Name)]
public sealed class WebhookDeliveryTests(OnlineGivingFixture fixture)
{
    [Fact]
    public async Task Same_event_delivered_five_times_and_concurrently_books_one_gift()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var checkout = await fixture.CheckoutAsync(campaign, 5000);

        // Every event of this payment goes out five times in a row from the emulator...
        await fixture.Emulator.Control.DuplicateNextEventsAsync(events: 3, times: 5);
        await fixture.Emulator.Control.CompleteCheckoutAsync(checkout.SessionId);
        await fixture.SettledAsync();

        // ...and the PaymentIntent's event is then posted five more times at once, re-signed as a retry would be.
        var intentId = (await new global::Stripe.Checkout.SessionService(fixture.Stripe).GetAsync(checkout.SessionId)).PaymentIntentId;
        var raw = (await fixture.RawEventsAsync("payment_intent.succeeded"))
            .Single(e => e.GetProperty("data").GetProperty("object").GetProperty("id").GetString() == intentId)
            .GetRawText();
        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => fixture.PostWebhookAsync(raw)));
        Assert.All(answers, a => OnlineGivingFixture.AssertStatus(a, HttpStatusCode.OK));
        await fixture.SettledAsync();

        var gifts = await fixture.CampaignGiftsAsync(campaign.Id);
        var gift = Assert.Single(gifts);
        Assert.Equal(5000, gift.GetProperty("amount").GetInt64());
        Assert.Equal("stripe", gift.GetProperty("source").GetString());
        Assert.Equal("online", gift.GetProperty("method").GetString());
        Assert.Equal(175, gift.GetProperty("feeAmount").GetInt64());
        Assert.Equal(4825, gift.GetProperty("netAmount").GetInt64());
        Assert.Equal("Scholarships", gift.GetProperty("fund").GetString());
        Assert.Equal(5000, await fixture.RaisedAsync(campaign.Id));
        var eventId = JsonDocument.Parse(raw).RootElement.GetProperty("id").GetString()!;
        Assert.Equal(1L, await fixture.ScalarAsync<long>("SELECT count(*) FROM stripe_events WHERE id = @id", ("id", eventId)));
    }

    [Fact]
    public async Task Refund_arriving_before_success_ends_refunded_and_the_campaign_total_is_right()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var kept = await fixture.CheckoutAsync(campaign, 2000);
        await fixture.Emulator.Control.CompleteCheckoutAsync(kept.SessionId);
        var refunded = await fixture.CheckoutAsync(campaign, 7000);

        await fixture.Emulator.Control.PauseDeliveryAsync();
        await fixture.Emulator.Control.CompleteCheckoutAsync(refunded.SessionId);
        var intentId = (await new global::Stripe.Checkout.SessionService(fixture.Stripe).GetAsync(refunded.SessionId)).PaymentIntentId;
        await new RefundService(fixture.Stripe).CreateAsync(new RefundCreateOptions { PaymentIntent = intentId });
        await fixture.Emulator.Control.ResumeDeliveryAsync(reverse: true);
        await fixture.SettledAsync();

        var attempts = await fixture.Emulator.Control.GetDeliveryAttemptsAsync();
        var refundAt = attempts.First(a => a.EventType == "charge.refunded" && a.Succeeded).At;
        Assert.True(refundAt <= attempts.Last(a => a.EventType == "payment_intent.succeeded").At, "charge.refunded should have been delivered first");
        var gifts = await fixture.CampaignGiftsAsync(campaign.Id);
        Assert.Equal(3, gifts.Length);
        var reversal = Assert.Single(gifts, g => g.GetProperty("kind").GetString() == "reversal");
        Assert.Equal(-7000, reversal.GetProperty("amount").GetInt64());
        Assert.Equal(2000, await fixture.RaisedAsync(campaign.Id));
        Assert.Equal("Refunded", await fixture.ScalarAsync<string>("SELECT status FROM stripe_payments WHERE key = @key", ("key", intentId!)));
    }

    [Fact]
    public async Task Tampered_body_wrong_secret_and_stale_timestamp_are_refused_and_nothing_is_stored()
    {
        var eventId = $"evt_forged_{Guid.NewGuid():N}";
        var payload = JsonSerializer.Serialize(new
        {
            id = eventId,
            @object = "event",
            api_version = StripeConfiguration.ApiVersion,
            type = "payment_intent.succeeded",
            created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            livemode = false,
            data = new { @object = new { id = "pi_forged", @object = "payment_intent", amount = 100000 } },
        });
        var signed = EventUtility.GenerateSignatureHeader(payload, OnlineGivingFixture.WebhookSecret, DateTimeOffset.UtcNow.ToUnixTimeSeconds());

        using var tampered = new HttpRequestMessage(HttpMethod.Post, fixture.WebhookUrl)
        {
            Content = new StringContent(payload.Replace("100000", "999999", StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"),
        };
        tampered.Headers.TryAddWithoutValidation("Stripe-Signature", signed);
        using var client = new HttpClient();
        OnlineGivingFixture.AssertStatus(await client.SendAsync(tampered), HttpStatusCode.BadRequest);
        OnlineGivingFixture.AssertStatus(await fixture.PostWebhookAsync(payload, secret: "whsec_not_the_right_one"), HttpStatusCode.BadRequest);
        OnlineGivingFixture.AssertStatus(await fixture.PostWebhookAsync(payload, timestamp: DateTimeOffset.UtcNow.AddMinutes(-10)), HttpStatusCode.BadRequest);
        OnlineGivingFixture.AssertStatus(await fixture.PostWebhookAsync(payload, secret: null), HttpStatusCode.BadRequest);

        Assert.Equal(0L, await fixture.ScalarAsync<long>("SELECT count(*) FROM stripe_events WHERE id = @id", ("id", eventId)));
    }

    [Fact]
    public async Task Database_down_answers_503_and_the_retry_after_it_is_back_books_the_gift_once()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var checkout = await fixture.CheckoutAsync(campaign, 4200);
        await fixture.SettledAsync();
        var database = fixture.Server.Database.Name;
        var before = (await fixture.Emulator.Control.GetDeliveryAttemptsAsync()).Count;

        // "Down" as PostgreSQL says it: the database refuses every connection (even the superuser's) and the open ones
        // are cut. Only the product's database is affected; the shared server and other tests' databases carry on.
        await AdminAsync($"ALTER DATABASE \"{database}\" WITH ALLOW_CONNECTIONS false");
        try
        {
            await AdminAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}' AND pid <> pg_backend_pid()");
            await fixture.Emulator.Control.CompleteCheckoutAsync(checkout.SessionId);
            await Eventually.TrueAsync(
                async () => (await fixture.Emulator.Control.GetDeliveryAttemptsAsync()).Skip(before).Any(a => a.StatusCode == 503),
                "a webhook answered 503 while the database is down");
        }
        finally
        {
            await AdminAsync($"ALTER DATABASE \"{database}\" WITH ALLOW_CONNECTIONS true");
            // The cut also closed this test's own idle connections (its pool is not the product's data source), and
            // Npgsql learns that only on their next use: start the test's reads afresh.
            using var cut = new Npgsql.NpgsqlConnection(fixture.Server.Database.ConnectionString);
            Npgsql.NpgsqlConnection.ClearPool(cut);
        }

        await fixture.SettledAsync();
        await Eventually.TrueAsync(async () => (await fixture.CampaignGiftsAsync(campaign.Id)).Length == 1, "the gift booked after the database came back", TimeSpan.FromSeconds(40));
        await fixture.SettledAsync();
        var gift = Assert.Single(await fixture.CampaignGiftsAsync(campaign.Id));
        Assert.Equal(4200, gift.GetProperty("amount").GetInt64());
        var attempts = (await fixture.Emulator.Control.GetDeliveryAttemptsAsync()).Skip(before).ToList();
        Assert.Contains(attempts, a => a.StatusCode == 503);
        Assert.All(attempts.GroupBy(a => a.EventId), g => Assert.True(g.Last().Succeeded, $"{g.Key} was finally accepted"));
    }

    private static async Task AdminAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(TestDatabase.ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
