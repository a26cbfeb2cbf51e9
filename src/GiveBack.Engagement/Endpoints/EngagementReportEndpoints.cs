using GiveBack.Engagement.Grains;
using GiveBack.Engagement.Reporting;
using GiveBack.Engagement.Scoring;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Engagement.Endpoints;

public static class EngagementReportEndpoints
{
    /// <summary>Donors per stage and per dimension, and the ambassadors; CSV with <c>Accept: text/csv</c>.</summary>
    public static async Task<Results<Ok<EngagementReport>, ContentHttpResult>> GetReport(
        HttpRequest http, EngagementReportQuery query, [FromKeyedServices(EngagementClock.Key)] TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var report = await query.RunAsync(clock.GetUtcNow(), cancellationToken);
        var csv = http.Headers.Accept.Any(a => a is not null && a.Contains("text/csv", StringComparison.OrdinalIgnoreCase));
        return csv ? TypedResults.Text(EngagementReportCsv.Write(report), "text/csv; charset=utf-8") : TypedResults.Ok(report);
    }

    public static Ok<EngagementModelResponse> GetModel(EngagementModel model) => TypedResults.Ok(EngagementModelResponse.From(model));

    /// <summary>Recomputes the ambassadors now (the schedule does it every <c>Engagement:RecomputeInterval</c>).</summary>
    public static async Task<Ok<AmbassadorRecomputeResult>> Recompute(AmbassadorRecompute recompute, CancellationToken cancellationToken) =>
        TypedResults.Ok(await recompute.RecomputeAmbassadorsAsync(cancellationToken));
}
