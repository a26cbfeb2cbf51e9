using GiveBack.Web.Security;
using Microsoft.AspNetCore.Authorization;

namespace GiveBack.Architecture.Tests;

/// <summary>
/// Only the public giving page, the Stripe webhook, operational endpoints and the workspace's sign-in (with the files its
/// pages load) may be reached without a key or a session.
/// </summary>
public sealed class EndpointSecurityTests(BuiltHost host) : IClassFixture<BuiltHost>
{
    private static readonly string[] PublicRoutes =
    [
        "/health/live",
        "/health/ready",
        "/openapi/{documentName}.json",
        "/scalar/{documentName?}",
        "/scalar/scalar.js",
        "/scalar/scalar.aspnetcore.js",
        "/scalar/favicon.svg",
        "/give/{slug}",
        "/give/{slug}/thanks",
        // A giving-day ambassador's link: its page and its giving form (the token is the only key).
        "/give/a/{token}",
        "/give/monthly/{token}",
        "/give/monthly/{token}/cancel",
        "/give/monthly/{token}/portal",
        "/webhooks/stripe",
        // A giving day's public side: its page, its share card, its script, the big screen (its own token opens it) and
        // the live hub they listen to (public figures only).
        "/giving-days/live.js",
        "/giving-days/{slug}",
        "/giving-days/{slug}/screen",
        "/giving-days/{slug}/card.png",
        "/live/giving-days",
        "/live/giving-days/negotiate",
        // The workspace's door: signing in (the password, then the authenticator's code for an account with two-factor
        // on, which only the password step's own short-lived cookie opens), asking for a password-reset link (it only
        // queues a message and answers the same for any address) and using one (only its token opens it), and choosing
        // the language to sign in in.
        "/account/sign-in",
        "/account/two-factor",
        "/account/forgot-password",
        "/account/reset-password",
        "/account/language/{language}",
    ];

    // Files the pages load before anyone signs in: the workspace's stylesheet, MudBlazor's, and Blazor's own script.
    private static readonly string[] PublicFolders = ["_content/GiveBack.Workspace/", "_content/MudBlazor/", "_framework/"];

    [Fact]
    public void Every_staff_api_endpoint_names_a_policy()
    {
        var api = host.Endpoints().Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal)).ToList();

        Assert.True(api.Count >= 10, $"Expected the staff API, found {api.Count} endpoints");
        foreach (var endpoint in api)
        {
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            Assert.True(
                policies.Any(p => p is Policies.Read or Policies.Write or Policies.Admin),
                $"{endpoint.DisplayName} does not require a staff role");
            Assert.Null(endpoint.Metadata.GetMetadata<IAllowAnonymous>());
        }
    }

    [Fact]
    public void Every_admin_endpoint_requires_the_admin_role()
    {
        // Rebuilds and cluster diagnostics (where a grain is active, which silos are alive) are for administrators only.
        var admin = host.Endpoints().Where(e => e.RoutePattern.RawText!.StartsWith("/api/v1/admin/", StringComparison.Ordinal)).ToList();

        Assert.Contains(admin, e => e.RoutePattern.RawText == "/api/v1/admin/cluster/campaigns/{id:guid}");
        foreach (var endpoint in admin)
        {
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            Assert.True(policies.Contains(Policies.Admin) && !policies.Any(p => p is Policies.Read or Policies.Write), $"{endpoint.DisplayName} is not admin-only");
        }
    }

    [Fact]
    public void Only_the_listed_endpoints_allow_anonymous_callers()
    {
        var anonymous = host.Endpoints()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.RoutePattern.RawText!)
            .Where(route => !PublicRoutes.Contains(route) && !PublicFolders.Any(folder => route.StartsWith(folder, StringComparison.Ordinal)))
            .ToList();

        Assert.True(anonymous.Count == 0, $"Anonymous but not on the public list: {string.Join(", ", anonymous)}");
    }
}
