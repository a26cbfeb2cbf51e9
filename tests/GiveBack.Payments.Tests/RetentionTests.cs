using System.Net;
using GiveBack.Scheduling.Retention;
using GiveBack.Testing.Host;
using GiveBack.Testing;

namespace GiveBack.Payments.Tests;

/// <summary>
/// The retention job through the real Quartz scheduler on the real database: copies of personal data kept only to
/// deliver something go once past their retention (defaults: 90 days for Stripe payloads, 30 for the outbox and
/// delivery records); what is recent, or not yet delivered or processed, stays.
/// </summary>
[Collection(OnlineGivingGroup.Name)]
public sealed class RetentionTests(OnlineGivingFixture fixture)
{
    private static readonly TimeSpan LongAgo = TimeSpan.FromDays(200);

    [Fact]
    public async Task Old_processed_payloads_and_delivered_events_are_pruned_and_the_rest_kept()
    {
        var tag = Guid.NewGuid().ToString("N")[..12];
        var now = DateTimeOffset.UtcNow;
        // Stripe events: processed long ago, processed today, and parked long ago (never processed).
        await ExecuteAsync(
            """
            INSERT INTO stripe_events (id, type, livemode, payload, received_at, next_attempt_at, attempts, processed_at, outcome)
            VALUES (@old, 'charge.succeeded', false, '{"old":true}', @longAgo, @longAgo, 1, @longAgo, 'booked'),
                   (@recent, 'charge.succeeded', false, '{"recent":true}', @now, @now, 1, @now, 'booked'),
                   (@parked, 'charge.succeeded', false, '{"parked":true}', @longAgo, @farAhead, 12, NULL, 'gave up')
            """,
            ("old", $"evt_old_{tag}"), ("recent", $"evt_recent_{tag}"), ("parked", $"evt_parked_{tag}"),
            ("longAgo", now - LongAgo), ("now", now), ("farAhead", now.AddYears(1)));
        try
        {
            // Outbox: events written by the product's own producer (the donor API), delivered by the real plugins, then
            // aged; one of them still pending for a plugin.
            var delivered = await DonorEventAsync();
            var held = await DonorEventAsync();
            var recent = await DonorEventAsync();
            await Eventually.TrueAsync(
                async () => await ScalarAsync<long>(
                    "SELECT coalesce(min(last_outbox_id), 0) FROM plugin_cursors WHERE plugin_id IN ('Webhook', 'CsvExport')") >= recent,
                "the Webhook and CsvExport plugins to take the three donor events");
            await ExecuteAsync("UPDATE outbox_messages SET occurred_at = @longAgo WHERE id IN (@a, @b)",
                ("longAgo", now - LongAgo), ("a", delivered), ("b", held));
            await ExecuteAsync(
                """
                INSERT INTO plugin_deliveries (plugin_id, outbox_id, donor_id, status, attempts, next_attempt_at, delivered_at)
                VALUES (@plugin, @held, NULL, 'pending', 3, @farAhead, NULL),
                       (@plugin, -1, NULL, 'delivered', 1, @longAgo, @longAgo),
                       (@plugin, -2, NULL, 'delivered', 1, @now, @now)
                """,
                ("plugin", $"Retired{tag}"), ("held", held), ("farAhead", now.AddYears(1)), ("longAgo", now - LongAgo), ("now", now));

            await fixture.Server.RunJobAsync(RetentionJob.Key);

            Assert.Equal(
                (true, false, false),
                (await IsNullAsync($"evt_old_{tag}"), await IsNullAsync($"evt_recent_{tag}"), await IsNullAsync($"evt_parked_{tag}")));
            Assert.Equal(1, await ScalarAsync<long>("SELECT count(*) FROM stripe_events WHERE id = @id", ("id", $"evt_old_{tag}")));

            // With its payload gone an event has nothing left to process: a replay is refused and leaves it processed.
            var replay = await Http.PostAsync(fixture.Staff, $"/api/v1/payments/events/evt_old_{tag}/replay", new { });
            Assert.Contains("payload", (await Http.ProblemAsync(replay, HttpStatusCode.Conflict)).GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.True(await ScalarAsync<bool>("SELECT processed_at IS NOT NULL FROM stripe_events WHERE id = @id", ("id", $"evt_old_{tag}")));
            Assert.Equal(
                (0L, 1L, 1L),
                (await OutboxCountAsync(delivered), await OutboxCountAsync(held), await OutboxCountAsync(recent)));
            Assert.Equal(
                ["-2:delivered", $"{held}:pending"],
                await ListAsync("SELECT outbox_id || ':' || status FROM plugin_deliveries WHERE plugin_id = @p ORDER BY outbox_id",
                    ("p", $"Retired{tag}")));

            // A second run finds nothing more of these to prune.
            await fixture.Server.RunJobAsync(RetentionJob.Key);
            Assert.Equal(1L, await OutboxCountAsync(held));
        }
        finally
        {
            // Other tests of the collection wait for every stored event to be processed.
            await ExecuteAsync("DELETE FROM stripe_events WHERE id = @id", ("id", $"evt_parked_{tag}"));
            await ExecuteAsync("DELETE FROM plugin_deliveries WHERE plugin_id = @p", ("p", $"Retired{tag}"));
        }
    }

    private async Task<long> DonorEventAsync()
    {
        var donor = await Http.CreateDonorAsync(fixture.Staff);
        return await ScalarAsync<long>("SELECT max(id) FROM outbox_messages WHERE donor_id = @d", ("d", donor.Id));
    }

    private async Task<bool> IsNullAsync(string eventId) =>
        await ScalarAsync<bool>("SELECT payload IS NULL FROM stripe_events WHERE id = @id", ("id", eventId));

    private async Task<long> OutboxCountAsync(long id) =>
        await ScalarAsync<long>("SELECT count(*) FROM outbox_messages WHERE id = @id", ("id", id));

    private Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters) => fixture.ScalarAsync<T>(sql, parameters);

    private Task<List<string>> ListAsync(string sql, params (string Name, object Value)[] parameters) => fixture.ListAsync(sql, parameters);

    private Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters) => fixture.ExecuteAsync(sql, parameters);
}
