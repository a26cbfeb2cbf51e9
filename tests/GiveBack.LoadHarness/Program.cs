using GiveBack.LoadHarness;
using GiveBack.LoadHarness.Api;
using GiveBack.LoadHarness.GivingDay;

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
if (options.GivingDayRate > 0)
{
    using var client = new GiveBackClient(options.BaseUrl, options.ApiKey, options.Concurrency);
    if (!await client.WaitUntilReadyAsync(deadline.Token))
    {
        Console.Error.WriteLine("The server did not answer /health/ready with 200 within 60 s.");
        return 1;
    }

    return await GivingDayRun.RunAsync(client, options, Guid.NewGuid().ToString("N")[..8], deadline.Token);
}

var report = await LoadRun.RunAsync(options, Console.Out, deadline.Token);
return report.Passed ? 0 : 1;
