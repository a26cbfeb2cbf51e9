using GiveBack.StripeEmulator.Apis;
using GiveBack.StripeEmulator.Control;
using GiveBack.StripeEmulator.Flows;
using GiveBack.StripeEmulator.Http;
using GiveBack.StripeEmulator.Pages;
using GiveBack.StripeEmulator.Store;
using GiveBack.StripeEmulator.Webhooks;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GiveBack.StripeEmulator;

/// <summary>The one composition both the standalone program and the in-process test server use.</summary>
public static class StripeEmulatorHosting
{
    /// <summary>
    /// For the standalone program: options from the <c>StripeEmulator</c> section plus
    /// <c>STRIPE_EMULATOR_WEBHOOK_URL</c> and <c>STRIPE_WEBHOOK_SECRET</c>; listens on <c>--urls</c>,
    /// else <c>STRIPE_EMULATOR_URLS</c>, else <c>http://127.0.0.1:12111</c>.
    /// </summary>
    public static WebApplicationBuilder AddStripeEmulator(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(
                Environment.GetEnvironmentVariable(StripeEmulatorOptions.UrlsVariable) is { Length: > 0 } urls
                    ? urls.Split(';', ',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    : [StripeEmulatorOptions.DefaultUrl]);
        }

        builder.Services.AddOptions<StripeEmulatorOptions>()
            .BindConfiguration(StripeEmulatorOptions.SectionName)
            .PostConfigure(ApplyEnvironment)
            .Validate(o => o.WebhookMaxAttempts >= 1 && o.FeePercent >= 0 && o.FeeFixed >= 0, "Invalid Stripe emulator options.")
            .ValidateOnStart();
        builder.Services.AddStripeEmulatorServices();
        return builder;
    }

    /// <summary>Registers the emulator's services; <c>IOptions&lt;StripeEmulatorOptions&gt;</c> must be provided by the caller.</summary>
    public static IServiceCollection AddStripeEmulatorServices(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<EmulatorStore>();
        services.AddSingleton<IdempotencyCache>();
        services.AddSingleton<FaultPlan>();
        services.AddSingleton<WebhookSettings>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDispatcher>());
        services.AddSingleton<EventPublisher>();
        services.AddSingleton<Fees>();
        services.AddSingleton<PaymentRecorder>();
        services.AddSingleton<SubscriptionBilling>();
        services.AddSingleton<SubscriptionChanges>();
        services.AddSingleton<CheckoutFlow>();
        services.AddSingleton<RefundFlow>();
        services.AddSingleton<DisputeFlow>();
        return services;
    }

    public static WebApplication MapStripeEmulator(this WebApplication app)
    {
        app.UseMiddleware<StripeApiMiddleware>();
        app.MapCustomersApi();
        app.MapCheckoutSessionsApi();
        app.MapBillingApi();
        app.MapResourceApi();
        app.MapHostedPages();
        app.MapControlApi();
        app.MapGet("/", () => Results.Text("Stripe emulator for GiveBack. API under /v1, controls under /_emulator."));
        return app;
    }

    private static void ApplyEnvironment(StripeEmulatorOptions options)
    {
        if (Environment.GetEnvironmentVariable(StripeEmulatorOptions.WebhookUrlVariable) is { Length: > 0 } urls)
        {
            options.WebhookUrls.Clear();
            foreach (var url in urls.Split(';', ',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                options.WebhookUrls.Add(url);
            }
        }

        if (Environment.GetEnvironmentVariable(StripeEmulatorOptions.WebhookSecretVariable) is { Length: > 0 } secret)
        {
            options.WebhookSecret = secret;
        }
    }
}
