using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GiveBack.Api.Giving;

public static class GivingRegistration
{
    public const string RateLimitPolicy = "giving-page";

    /// <summary>The public giving page's settings and its per-address rate limit (the webhook is not limited: Stripe bursts).</summary>
    public static IHostApplicationBuilder AddGivingPage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GivingPageOptions>()
            .BindConfiguration(GivingPageOptions.SectionName)
            .Validate(o => o.MinAmount <= o.MaxAmount && o.PresetAmounts.All(a => a >= o.MinAmount && a <= o.MaxAmount), "GivingPage: presets must lie within MinAmount..MaxAmount.")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimitPolicy, context =>
            {
                var permits = context.RequestServices.GetRequiredService<IOptions<GivingPageOptions>>().Value.PermitsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
        return builder;
    }
}
