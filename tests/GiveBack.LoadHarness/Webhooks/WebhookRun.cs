namespace GiveBack.LoadHarness.Webhooks;

/// <summary>The online path under load: signed Stripe events posted to the product's webhook endpoint.</summary>
internal static class WebhookRun
{
    public static Task<LoadReport> RunAsync(GiveBackClient client, HarnessOptions options, string runId, TextWriter log, CancellationToken stop) =>
        Task.FromResult(new LoadReport(runId, [], [], [], [new CheckResult("webhooks", false, "not built yet")]));
}
