using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GiveBack.Payments.GivingPage;

public static class GivingRegistration
{
    public const string RateLimitPolicy = "giving-page";

    /// <summary>
    /// The public giving page's settings (absolute URLs only from <c>GivingPage:PublicBaseUrl</c>, required outside
    /// Development, and its host added to <c>AllowedHosts</c>), its self-service links, and its rate limit per client
    /// (the address after a trusted proxy, IPv6 by /64; the webhook is not limited: Stripe bursts).
    /// </summary>
    public static IHostApplicationBuilder AddGivingPage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddOptions<GivingPageOptions>()
            .BindConfiguration(GivingPageOptions.SectionName)
            .Validate(o => o.MinAmount <= o.MaxAmount && o.PresetAmounts.All(a => a >= o.MinAmount && a <= o.MaxAmount), "GivingPage: presets must lie within MinAmount..MaxAmount.")
            .Validate(o => PublicBaseUrl.IsValid(o.PublicBaseUrl), PublicBaseUrl.Invalid)
            .Validate(o => development || !string.IsNullOrEmpty(o.PublicBaseUrl), PublicBaseUrl.Required)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<PublicUrls>();

        // The address donors are sent back to is always a host this server answers for.
        builder.Services.AddOptions<HostFilteringOptions>().PostConfigure<IOptions<GivingPageOptions>>((hosts, giving) =>
        {
            if (PublicBaseUrl.HostOf(giving.Value.PublicBaseUrl) is { } host && !hosts.AllowedHosts.Contains(host, StringComparer.OrdinalIgnoreCase))
            {
                hosts.AllowedHosts = [.. hosts.AllowedHosts, host];
            }
        });
        // The pages are Razor components rendered on the server by RazorComponentResult: this registers the renderer only
        // (no component endpoints, no interactivity), so the forms keep posting to minimal API endpoints.
        builder.Services.AddRazorComponents();
        builder.Services.AddSingleton<MonthlyGiftLinks>();
        builder.Services.AddSingleton<IMonthlyGiftLinks>(services => services.GetRequiredService<MonthlyGiftLinks>());
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimitPolicy, context =>
            {
                var permits = context.RequestServices.GetRequiredService<IOptions<GivingPageOptions>>().Value.PermitsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    ClientPartition.Of(context.Connection.RemoteIpAddress),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
        return builder;
    }
}
