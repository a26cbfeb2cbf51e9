using GiveBack.Api.Apis;
using GiveBack.Api.Problems;
using GiveBack.Api.Security;
using GiveBack.Api.Web;
using GiveBack.Data.Postgres;
using GiveBack.Domain.Security;
using GiveBack.Web.Json;
using GiveBack.Web.Requests;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace GiveBack.Api;

public static class ApiRegistration
{
    public static IHostApplicationBuilder AddGiveBackApi(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SecurityOptions>().Configure(o => o.AdminApiKey = builder.Configuration[SecurityOptions.AdminKeyVariable]);
        services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        // Without this, a body that fails to bind is a bare 400 outside Development; the handler below explains it.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();

        services.AddAuthentication(ApiKeyDefaults.Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, null)
            // One scheme per request, so one challenge answers it: the key's when a key is sent (or nothing is), the
            // cookie's when only the workspace's sign-in cookie is.
            .AddPolicyScheme(StaffCookie.StaffOrKeyScheme, "API key or staff sign-in", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.Count == 0 && context.Request.Cookies.ContainsKey(StaffCookie.Name)
                    ? IdentityConstants.ApplicationScheme
                    : ApiKeyDefaults.Scheme);
        services.AddAuthorizationBuilder()
            // A key or a signed-in member of staff, by role: the workspace's links (a report's CSV) use the API with the
            // staff cookie, which is SameSite=Strict, so no other site can make a browser send it.
            .AddPolicy(Policies.Read, p => p.AddAuthenticationSchemes(StaffCookie.StaffOrKeyScheme).RequireRole(Policies.ReadRoles))
            .AddPolicy(Policies.Write, p => p.AddAuthenticationSchemes(StaffCookie.StaffOrKeyScheme).RequireRole(Policies.WriteRoles))
            .AddPolicy(Policies.Admin, p => p.AddAuthenticationSchemes(StaffCookie.StaffOrKeyScheme).RequireRole(Policies.AdminRoles))
            // Secure by default: an endpoint that names no policy still needs a staff key, or a signed-in member of staff
            // (the workspace's live connection, /_blazor, is such an endpoint; every API endpoint names its policy).
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(StaffCookie.StaffOrKeyScheme)
                .RequireRole(Roles.Staff).Build());
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<BearerSchemeTransformer>();
            o.AddOperationTransformer<DocumentedParametersTransformer>();
        });
        builder.AddGiveBackWebDoors();

        services.AddGiveBackDbContext<ApiKeysDbContext>(ApiKeysDbContext.MigrationsHistoryTable);
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<ApiKeyCache>();
        services.AddSingleton<ApiKeyDesk>();
        services.AddHostedService<BootstrapAdminKey>();
        return builder;
    }

    /// <summary>
    /// The middleware every request passes and the API's documents; returns the <c>/api/v1</c> group for the host to
    /// map each module's endpoints on (the host composes, modules only offer their <c>Map…Api</c>).
    /// </summary>
    public static RouteGroupBuilder UseGiveBackApi(this WebApplication app)
    {
        app.UseGiveBackWebDoors();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(o => o.WithTitle("GiveBack API")).AllowAnonymous();

        var maxBody = app.Services.GetRequiredService<IOptions<ApiOptions>>().Value.MaxRequestBodyBytes;
        return app.MapGroup("/api/v1").WithMetadata(new RequestSizeLimitAttribute(maxBody));
    }

    /// <summary>The host's own endpoints: API keys and admin.</summary>
    public static RouteGroupBuilder MapOperationsApi(this RouteGroupBuilder api) =>
        api.MapApiKeysApi()
            .MapAdminApi();
}
