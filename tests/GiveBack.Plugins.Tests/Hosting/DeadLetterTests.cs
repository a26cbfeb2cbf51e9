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

        var poisoned = await host.PublishAsync(SampleEvents.Gift(donor));
        var letters = await Eventually.MatchesAsync(
            () => host.Client.GetDeadLettersAsync("Recorder"), l => l.Count == 1, "the event to be dead-lettered");
        var letter = letters[0];
        Assert.Equal((poisoned, "GiftRecorded", 3, donor), (letter.OutboxId, letter.EventType, letter.Attempts, letter.DonorId));
        Assert.Contains("rejected donor", letter.LastError);

        // A dead letter no longer holds the donor back.
        var later = await host.PublishAsync(SampleEvents.Stage(donor));
        host.Configure("Plugins:Recorder:FailDonors", "");
        await host.WaitForRecordsAsync("Recorder", r => r.Any(x => x.DeliveryId == later), "the donor's later event");

        await host.Client.PostOkAsync($"/api/v1/plugins/dead-letters/{letter.Id}/replay");

        var recorded = await host.WaitForRecordsAsync("Recorder", r => r.Any(x => x.DeliveryId == poisoned), "the replayed event");
        Assert.Equal(1, recorded.Single(x => x.DeliveryId == poisoned).Attempt);
        Assert.Empty(await host.Client.GetDeadLettersAsync());
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
