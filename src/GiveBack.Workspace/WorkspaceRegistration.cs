using GiveBack.Data.Postgres;
using GiveBack.Outreach.Staff;
using GiveBack.Domain.Security;
using GiveBack.Web.Security;
using GiveBack.Workspace.Components;
using GiveBack.Workspace.Dashboard;
using GiveBack.Workspace.Donors;
using GiveBack.Workspace.Settings;
using GiveBack.Workspace.Staff;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MudBlazor.Services;

namespace GiveBack.Workspace;

public static class WorkspaceRegistration
{
    /// <summary>Only a signed-in member of staff, by their cookie (an API key opens no page).</summary>
    public const string StaffPolicy = "giveback.staff";

    public const string SignInPath = "/account/sign-in";

    /// <summary>
    /// The staff workspace: accounts (Identity on the product's database, cookie sign-in, lockout), the first
    /// administrator's account, and the Blazor pages with interactive server rendering and MudBlazor.
    /// </summary>
    public static IHostApplicationBuilder AddGiveBackWorkspace(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<StaffOptions>().Configure(o =>
        {
            o.AdminEmail = builder.Configuration[StaffOptions.EmailVariable];
            o.AdminPassword = builder.Configuration[StaffOptions.PasswordVariable];
        });
        services.AddGiveBackDbContext<StaffDbContext>(StaffDbContext.MigrationsHistoryTable);
        // Identity's stores take the context per scope; it comes from the same pooled factory as every other context.
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<StaffDbContext>>().CreateDbContext());

        services.AddAuthentication().AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(cookie =>
        {
            cookie.LoginPath = SignInPath;
            cookie.AccessDeniedPath = SignInPath;
            cookie.Cookie.Name = StaffCookie.Name;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            // The API answers a cookie without the role, or an ended session, with its status, not the sign-in page.
            cookie.Events.OnRedirectToAccessDenied = context => AnswerApiOrRedirect(context, StatusCodes.Status403Forbidden);
            cookie.Events.OnRedirectToLogin = context => AnswerApiOrRedirect(context, StatusCodes.Status401Unauthorized);
        }));
        services.AddIdentityCore<StaffUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                // Length over composition (NIST SP 800-63B): twelve characters or more, no forced symbols or case.
                identity.Password.RequiredLength = 12;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(10);
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<StaffDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddAuthorizationBuilder().AddPolicy(StaffPolicy, policy => policy
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
            .RequireRole(Roles.Staff));
        // The cookie's security stamp is checked on every request (a staff request, not a donor's): signing out, a role
        // change or a lock takes effect at once rather than after Identity's default half hour.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.AddHostedService<BootstrapStaffAdmin>();
        services.AddSingleton<StaffAccounts>();
        // A forgotten password: the pages queue a message through outreach, whose dispatcher asks for the link when sending.
        services.AddSingleton<StaffPasswordReset>();
        services.AddSingleton<IStaffOutreachKindHandler, PasswordResetMessages>();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = StaffPasswordReset.LinkLifetime);
        services.AddSingleton<DonorTimeline>();
        services.AddSingleton<OfficerChoices>();
        services.AddMemoryCache();
        services.AddSingleton<DashboardYearRates>();
        services.AddSingleton<InstitutionSettingsStore>();

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, StaffSessionRevalidation>();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        return builder;
    }

    /// <summary>
    /// The pages at the root, their assets, and the account endpoints. Call after <c>UseGiveBackApi</c> (authentication
    /// and authorization run first); a page of the workspace answers an anonymous visitor with the sign-in page.
    /// </summary>
    public static WebApplication MapGiveBackWorkspace(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .RequireAuthorization(StaffPolicy);


        var account = app.MapGroup("/account").ExcludeFromDescription();
        account.MapPost("/sign-out", async (HttpContext context, SignInManager<StaffUser> signIn) =>
        {
            // A new security stamp ends every copy of this session (another tab, a copied cookie), not only this
            // browser's cookie: the cookie's stamp is checked on each request and open pages recheck it every minute.
            if (await signIn.UserManager.GetUserAsync(context.User) is { } user)
            {
                await signIn.UserManager.UpdateSecurityStampAsync(user);
            }

            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect(SignInPath);
        }).RequireAuthorization(StaffPolicy).WithMetadata(new RequireAntiforgeryTokenAttribute());
        account.MapGet("/language/{language}", (string language, string? returnUrl, HttpContext context) =>
        {
            context.Response.Cookies.Append(WorkspaceTexts.LanguageCookie, WorkspaceTexts.In(language).Language, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
            });
            return TypedResults.LocalRedirect(LocalPathOrRoot(returnUrl));
        }).AllowAnonymous();
        return app;
    }

    private static Task AnswerApiOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = apiStatus;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Where a link may send someone back to after signing in or choosing a language: a path of this site, else the
    /// root, so that a crafted link cannot send staff elsewhere.
    /// </summary>
    public static string LocalPathOrRoot(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
