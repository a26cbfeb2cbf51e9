using System.Text.Json;
using GiveBack.Outreach.Health;
using GiveBack.Payments.Stripe.Webhooks;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GiveBack.Server.Health;

internal static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static IHostApplicationBuilder AddGiveBackHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("postgresql", tags: [ReadyTag])
            .AddCheck<SiloHealthCheck>("silo", tags: [ReadyTag])
            .AddCheck<OutreachHealthCheck>("outreach", tags: [ReadyTag])
            .AddCheck<StripeEventsHealthCheck>("stripe-events", tags: [ReadyTag]);
        return builder;
    }

    /// <summary>
    /// Live: the process answers. Ready: PostgreSQL answers and the silo is active; the details also count the outreach
    /// queue and the Stripe events parked or being retried (Degraded, still 200, while any is parked). Both are
    /// anonymous, for orchestrators.
    /// </summary>
    public static WebApplication MapGiveBackHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync }).AllowAnonymous();
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        });
    }
}
