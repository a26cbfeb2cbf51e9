using System.Globalization;
using GiveBack.LoadHarness;

HarnessOptions options;
try
{
    options = HarnessOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or UriFormatException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

using var deadline = new CancellationTokenSource(options.MaxDuration);
var stop = deadline.Token;
using var client = new GiveBackClient(options.BaseUrl, options.ApiKey, options.Concurrency);
var inv = CultureInfo.InvariantCulture;
var runId = Guid.NewGuid().ToString("N")[..8];
Console.WriteLine(string.Create(inv, $"Load harness run {runId}: {options.Campaigns} campaign(s), {options.Donors:N0} donors, {options.Warmup:N0} warm-up + {options.Gifts:N0} measured gifts, concurrency {options.Concurrency}, against {options.BaseUrl}"));

if (!await WaitUntilReadyAsync(client, stop))
{
    Console.Error.WriteLine("The server did not answer /health/ready with 200 within 60 s.");
    return 1;
}

// Setup through the API, as staff would: campaigns first, then donors.
var today = DateOnly.FromDateTime(DateTime.UtcNow);
var startsOn = today.AddDays(-90);
if (options.GivingDayRate > 0)
{
    return await GivingDayRun.RunAsync(client, options, runId, stop);
}

var setup = await Setup.CreateAsync(client, options, runId, startsOn, today, stop);
if (setup is null)
{
    return 1;
}

var (campaignIds, donorIds) = setup.Value;
var plan = GiftPlanner.Plan(options, campaignIds, donorIds, startsOn, today);
var total = plan.Length;
var retryStride = options.Retries == 0 ? int.MaxValue : Math.Max(1, total / options.Retries);
Task<CallOutcome> SendGift(int index, CancellationToken ct) =>
    client.PostAsync("/api/v1/gifts", plan[index].IdempotencyKey, plan[index].Body, readId: index % retryStride == 0, ct);

Console.WriteLine("Gifts:");
var warmup = await BoundedRunner.RunAsync("warm-up", options.Warmup, options.Concurrency, SendGift, stop);
Console.WriteLine(warmup.Summary());
var harnessCpu = Environment.CpuUsage.TotalTime;
var measured = await BoundedRunner.RunAsync(
    "measured", options.Gifts, options.Concurrency, (i, ct) => SendGift(options.Warmup + i, ct), stop);
Console.WriteLine(measured.Summary());
harnessCpu = Environment.CpuUsage.TotalTime - harnessCpu;
Console.WriteLine(string.Create(inv, $"  harness CPU in the measured phase: {harnessCpu.TotalSeconds:F2} s ({harnessCpu.TotalSeconds / measured.Elapsed.TotalSeconds * 100:F0}% of one core)"));

// Every gift's final outcome: the measured phases first, then one same-key resend of anything that failed or was
// never sent because of the deadline (a resend books it at most once; that is the API's promise).
var outcomes = new CallOutcome[total];
var finished = new bool[total];
for (var i = 0; i < total; i++)
{
    var (phase, at) = i < options.Warmup ? (warmup, i) : (measured, i - options.Warmup);
    outcomes[i] = phase.Outcomes[at];
    finished[i] = phase.Succeeded(at);
}

var unsettled = Enumerable.Range(0, total).Where(i => !finished[i]).ToArray();
if (unsettled.Length > 0 && !stop.IsCancellationRequested)
{
    var settle = await BoundedRunner.RunAsync(
        "resend of failed gifts", unsettled.Length, Math.Min(8, options.Concurrency), (i, ct) => SendGift(unsettled[i], ct), stop);
    Console.WriteLine(settle.Summary());
    for (var i = 0; i < unsettled.Length; i++)
    {
        if (settle.Done[i])
        {
            outcomes[unsettled[i]] = settle.Outcomes[i];
            finished[unsettled[i]] = settle.Succeeded(i);
        }
    }
}

var booked = Enumerable.Range(0, total).Where(i => finished[i]).ToArray();
var failed = total - booked.Length;
Console.WriteLine(string.Create(inv, $"Booked {booked.Length:N0} of {total:N0} gifts ({failed:N0} not booked)."));

// Check 1: each campaign's live figures equal what the harness was told it booked.
var expected = Expectation.From(plan, booked, campaignIds.Length);
var ok = failed == 0;
var before = await Verifier.CheckAsync(client, campaignIds, expected, "after the run", stop);
ok &= before.Ok;

// Check 2: re-sending already-booked gifts with the same keys and bodies creates nothing and answers 200 with the same gift.
var retryIndexes = booked.Where(i => i % retryStride == 0 && outcomes[i].Id is not null).Take(options.Retries).ToArray();
if (retryIndexes.Length > 0)
{
    var retry = await BoundedRunner.RunAsync(
        "retry (same key and body)", retryIndexes.Length, options.Concurrency, (i, ct) => SendGift(retryIndexes[i], ct), stop);
    Console.WriteLine(retry.Summary());
    var not200 = Enumerable.Range(0, retryIndexes.Length).Count(i => !retry.Done[i] || retry.Outcomes[i].Status != 200);
    var otherId = Enumerable.Range(0, retryIndexes.Length).Count(i => retry.Done[i] && retry.Outcomes[i].Id != outcomes[retryIndexes[i]].Id);
    Console.WriteLine(string.Create(inv, $"  retries: {retryIndexes.Length - not200}/{retryIndexes.Length} answered 200, {otherId} with another gift id."));
    ok &= not200 == 0 && otherId == 0;
    var after = await Verifier.CheckAsync(client, campaignIds, expected, "after the retries", stop);
    ok &= after.Ok && after.Snapshots.SequenceEqual(before.Snapshots);
}

Console.WriteLine(ok ? "CHECK PASSED" : "CHECK FAILED");
return ok ? 0 : 1;

static async Task<bool> WaitUntilReadyAsync(GiveBackClient client, CancellationToken stop)
{
    for (var attempt = 0; attempt < 120; attempt++)
    {
        try
        {
            if (await client.IsReadyAsync(stop))
            {
                return true;
            }
        }
        catch (HttpRequestException)
        {
            // not listening yet
        }

        await Task.Delay(TimeSpan.FromMilliseconds(500), stop);
    }

    return false;
}
