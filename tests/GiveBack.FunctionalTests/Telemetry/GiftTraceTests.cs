using System.Diagnostics;
using GiveBack.Testing;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Telemetry;

/// <summary>
/// One trace follows a gift from the HTTP request through the grains it calls to the database: the caller's trace id
/// (sent as a W3C traceparent by the caller's HttpClient, as another service would) is on the server's span, on the Orleans
/// grain-call spans and on the Npgsql command spans, each a descendant of the request's span.
/// </summary>
[Collection(TelemetryTests.Name)]
public sealed class GiftTraceTests(TelemetryWorld world)
{
    [Fact]
    public async Task A_gift_is_one_trace_from_the_request_through_the_grains_to_the_database()
    {
        using var client = world.Server.CreateClient();
        var donor = await Http.CreateDonorAsync(client);
        var campaign = await Http.CreateCampaignAsync(client);
        var traceId = ActivityTraceId.CreateRandom();
        ActivitySpanId callerSpan;

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/gifts")
        {
            Content = System.Net.Http.Json.JsonContent.Create(Http.Gift(donor.Id, campaign.Id, 4_200)),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        // The caller's span is current, so HttpClient sends its context (traceparent) with the request.
        using (var caller = new Activity("test caller"))
        {
            caller.SetParentId(traceId, ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded);
            caller.Start();
            callerSpan = caller.SpanId;
            var response = await client.SendAsync(request);
            Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        }

        // Spans are exported as they end; the grains' may end just after the response is written.
        var spans = (await Eventually.MatchesAsync(
            () => Task.FromResult(new Trace(world.Spans.OfTrace(traceId))),
            t => t.Spans.Any(IsServerSpan) && t.Spans.Any(IsGrainCall) && t.Spans.Any(IsDatabaseCall),
            $"the request's, a grain call's and a database command's spans in trace {traceId}")).Spans;

        var server = Assert.Single(spans, IsServerSpan);
        // The caller's span, or the test process's own HttpClient span under it.
        Assert.True(
            server.ParentSpanId == callerSpan || spans.Any(s => s.SpanId == server.ParentSpanId && s.ParentSpanId == callerSpan),
            "The request's span does not continue the caller's");
        Assert.All(spans.Where(IsGrainCall).Concat(spans.Where(IsDatabaseCall)), span =>
            Assert.True(DescendsFrom(span, server, spans), $"{span.Source.Name} {span.DisplayName} is not under the request's span"));
    }

    /// <summary>A trace's spans, listed when a wait for them fails.</summary>
    private sealed record Trace(IReadOnlyList<Activity> Spans)
    {
        public override string ToString() =>
            Spans.Count == 0 ? "no span" : string.Join("; ", Spans.Select(s => $"{s.Source.Name} {s.Kind} {s.DisplayName}"));
    }

    private static bool IsServerSpan(Activity span) =>
        span.Kind == ActivityKind.Server && (span.GetTagItem("http.route") as string)?.TrimEnd('/') == "/api/v1/gifts";

    private static bool IsGrainCall(Activity span) => span.Source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal);

    private static bool IsDatabaseCall(Activity span) => span.Source.Name == "Npgsql";

    private static bool DescendsFrom(Activity span, Activity ancestor, IReadOnlyList<Activity> trace)
    {
        var parent = span.ParentSpanId;
        for (var hops = 0; hops < 64; hops++)
        {
            if (parent == ancestor.SpanId)
            {
                return true;
            }

            var next = trace.FirstOrDefault(s => s.SpanId == parent);
            if (next is null)
            {
                return false;
            }

            parent = next.ParentSpanId;
        }

        return false;
    }
}
