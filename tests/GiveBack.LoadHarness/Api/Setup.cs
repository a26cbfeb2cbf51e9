using System.Text.Json;
using GiveBack.LoadHarness.Phases;

namespace GiveBack.LoadHarness.Api;

/// <summary>Creates the run's campaigns and donors through the API, as staff would: campaigns first, then donors.</summary>
internal static class Setup
{
    public static async Task<(Guid[] Campaigns, Guid[] Donors)?> CreateAsync(
        GiveBackClient client, HarnessOptions options, string runId, DateOnly startsOn, DateOnly today, CancellationToken stop, TextWriter? log = null)
    {
        log ??= Console.Out;
        var campaignBodies = Enumerable.Range(0, options.Campaigns).Select(i => JsonSerializer.SerializeToUtf8Bytes(new
        {
            name = $"Load harness {runId} #{i + 1}",
            currency = "EUR",
            goalAmount = 1_000_000_000L,
            startsOn,
            endsOn = today.AddDays(90),
            slug = $"load-{runId}-{i + 1}",
        }, GiveBackClient.JsonOptions)).ToArray();
        var campaigns = await BoundedRunner.RunAsync(
            "create campaigns", options.Campaigns, Math.Min(8, options.Concurrency),
            (i, ct) => client.PostAsync("/api/v1/campaigns", $"load-{runId}-campaign-{i}", campaignBodies[i], readId: true, ct), stop);
        log.WriteLine("Setup:");
        log.WriteLine(campaigns.Summary());

        var donors = await BoundedRunner.RunAsync(
            "create donors", options.Donors, options.Concurrency,
            (i, ct) => client.PostAsync(
                "/api/v1/donors",
                $"load-{runId}-donor-{i}",
                JsonSerializer.SerializeToUtf8Bytes(
                    new { firstName = "Load", lastName = $"Donor {i}", email = $"donor{i}.{runId}@load.example", classYear = 1980 + (i % 45) },
                    GiveBackClient.JsonOptions),
                readId: true,
                ct),
            stop);
        log.WriteLine(donors.Summary());
        if (campaigns.Outcomes.Any(o => o.Status != 201 || o.Id is null) || donors.Outcomes.Any(o => o.Status != 201 || o.Id is null))
        {
            log.WriteLine("Setup failed: every campaign and donor must be created (201).");
            return null;
        }

        return ([.. campaigns.Outcomes.Select(o => o.Id!.Value)], [.. donors.Outcomes.Select(o => o.Id!.Value)]);
    }
}
