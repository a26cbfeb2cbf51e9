using System.Net;
using GiveBack.Plugins.Tests.Infrastructure;
using GiveBack.Testing;

namespace GiveBack.Plugins.Tests.Hosting;

public sealed class DeadLetterTests
{
    [Fact]
    public async Task Event_failing_max_attempts_is_dead_lettered_visible_and_replayable()
    {
        var donor = Guid.NewGuid();
        await using var host = await PluginTestHost.StartAsync(
            ["Recorder"],
            new Dictionary<string, string?> { ["Plugins:MaxAttempts"] = "3", ["Plugins:Recorder:FailDonors"] = donor.ToString() });

        var (poisoned, gift) = await host.Events.GiftAsync(donor);
        var letters = await Eventually.MatchesAsync(
            () => host.Client.GetDeadLettersAsync("Recorder"), l => l.Count == 1, "the event to be dead-lettered");
        var letter = letters[0];
        Assert.Equal((poisoned, "GiftRecorded", 3, donor), (letter.OutboxId, letter.EventType, letter.Attempts, letter.DonorId));
        Assert.Contains("rejected donor", letter.LastError);

        // A dead letter no longer holds the donor back.
        var later = await host.Events.ReversalAsync(donor, gift);
        host.Configure("Plugins:Recorder:FailDonors", "");
        await host.WaitForRecordsAsync("Recorder", r => r.Any(x => x.DeliveryId == later), "the donor's later event");

        await host.Client.PostOkAsync($"/api/v1/plugins/dead-letters/{letter.Id}/replay");

        var recorded = await host.WaitForRecordsAsync("Recorder", r => r.Any(x => x.DeliveryId == poisoned), "the replayed event");
        Assert.Equal(1, recorded.Single(x => x.DeliveryId == poisoned).Attempt);
        Assert.Empty(await host.Client.GetDeadLettersAsync());
    }

    [Fact]
    public async Task An_event_lacking_a_required_member_is_dead_lettered_not_delivered_with_defaults()
    {
        await using var host = await PluginTestHost.StartAsync(["Recorder"]);
        var donor = Guid.NewGuid();
        // The shape the ledger used to write: "amount" and "receivedOn" instead of the contract's "amountMinor" and
        // "receivedAt". Read leniently, it reached plugins as a gift of 0 on 0001-01-01.
        var id = await host.ScalarAsync<long>($$"""
            INSERT INTO outbox_messages (occurred_at, type, donor_id, payload)
            VALUES (now(), 'GiftRecorded', '{{donor}}',
                    '{"giftId":"{{Guid.NewGuid()}}","donorId":"{{donor}}","campaignId":"{{Guid.NewGuid()}}","amount":5000,"currency":"EUR","receivedOn":"2026-11-02","method":"cheque","fund":null,"anonymous":false,"source":"offline"}')
            RETURNING id
            """);

        var letters = await Eventually.MatchesAsync(
            () => host.Client.GetDeadLettersAsync("Recorder"), l => l.Count == 1, "the unreadable event to be dead-lettered");
        Assert.Equal((id, 1), (letters[0].OutboxId, letters[0].Attempts));
        Assert.Contains("amountMinor", letters[0].LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(host.RecordedBy("Recorder"), r => r.DeliveryId == id);
    }

    [Fact]
    public async Task Replaying_an_unknown_dead_letter_is_a_not_found_problem()
    {
        await using var host = await PluginTestHost.StartAsync(["Recorder"]);

        using var response = await host.Client.PostAsync(new Uri("/api/v1/plugins/dead-letters/424242/replay", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
