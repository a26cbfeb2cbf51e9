using GiveBack.Domain.Security;
using GiveBack.Domain.Telemetry;
using GiveBack.Plugins.Hosting.Telemetry;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging.Console;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Orleans.Dashboard;
using Quartz.Diagnostics;

namespace GiveBack.Server.Telemetry;

/// <summary>
/// The one place telemetry is wired: traces and metrics of ASP.NET Core, outgoing HTTP, Orleans, Npgsql, Quartz and the
/// product's own sources; the Prometheus endpoint; OTLP export when the standard variables ask for it; trace ids in
/// logs; the Orleans Dashboard for administrators.
/// </summary>
public static class TelemetryRegistration
{
    public const string MetricsPath = "/metrics";

    public const string DashboardPath = "/admin/orleans";

    /// <summary>The dashboard is a browser page: an administrator's workspace sign-in opens it, an anonymous visitor is sent to sign in.</summary>
    public const string DashboardPolicy = "giveback.admin-sign-in";

    private const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    // Orleans 10's sources: grain calls as the caller and the callee see them (runtime), and the application's own.
    private static readonly string[] OrleansSources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    public static IHostApplicationBuilder AddGiveBackTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName);
        var telemetry = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();

        // Every log line written inside a request or a span carries its trace: as scope fields in the JSON console
        // format (Logging__Console__FormatterName=json) and as the record's own ids in OTLP. The default simple console
        // that ./run.sh shows stays one line per message.
        builder.Logging.Configure(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        services.Configure<JsonConsoleFormatterOptions>(o => o.IncludeScopes = true);

        var openTelemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("giveback", serviceVersion: typeof(TelemetryRegistration).Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing => tracing
                .AddSource(GiveBackTelemetry.Name, PluginTelemetry.SourceName, QuartzInstrumentation.ActivitySourceName)
                .AddSource(OrleansSources)
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsMonitoring(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddMeter(GiveBackTelemetry.Name, QuartzInstrumentation.MeterName, "Microsoft.Orleans")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointVariable]))
        {
            // The exporter reads the rest (protocol, headers, per-signal endpoints) from the standard OTEL_* variables.
            openTelemetry.WithLogging(_ => { }, o => o.IncludeScopes = true).UseOtlpExporter();
        }

        // A grain call carries the caller's trace, so a request's spans and its grains' spans make one trace.
        builder.UseOrleans(silo =>
        {
            silo.AddActivityPropagation();
            if (telemetry.Dashboard)
            {
                silo.AddDashboard();
            }
        });

        services.AddSingleton<BacklogReadings>();
        services.AddHostedService<BacklogGauges>();
        services.AddAuthorizationBuilder()
            .AddPolicy(MetricsAccess.Policy, p => p.AddAuthenticationSchemes(Web.Security.StaffCookie.StaffOrKeyScheme).RequireAssertion(MetricsAccess.Allows))
            .AddPolicy(DashboardPolicy, p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireRole(Roles.Admin));
        return builder;
    }

    /// <summary>Maps <c>/metrics</c> (administrators or the scrape key) and the Orleans Dashboard (administrators signed in).</summary>
    public static WebApplication MapGiveBackTelemetry(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(MetricsAccess.Policy);
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TelemetryOptions>>().Value.Dashboard)
        {
            app.MapOrleansDashboard(DashboardPath).RequireAuthorization(DashboardPolicy);
        }

        return app;
    }

    // A scrape every few seconds and the orchestrators' probes would otherwise fill the traces.
    private static bool IsMonitoring(PathString path) =>
        path.StartsWithSegments(MetricsPath, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments(DashboardPath, StringComparison.OrdinalIgnoreCase);
}
