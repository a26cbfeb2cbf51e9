using System.Reflection;
using System.Text.RegularExpressions;

namespace GiveBack.Architecture.Tests;

/// <summary>
/// A capability's endpoints are served from the project named for it, so "where is the handler for this route" has one
/// answer. Checked on the real host's endpoint table: the handler of each route (the method minimal APIs record in the
/// endpoint's metadata) must live in the assembly the route's capability names, and each of those assemblies serves
/// only its own routes. Routes not listed here are the ones the cut has not reached yet (docs/architecture.md).
/// </summary>
public sealed partial class EndpointOwnershipTests(BuiltHost host) : IClassFixture<BuiltHost>
{
    private static readonly (Assembly Module, Regex Routes)[] Owners =
    [
        (ProductAssemblies.Reports, ReportRoutes()),
        (ProductAssemblies.Engagement, EngagementRoutes()),
        (typeof(GiveBack.Outreach.OutreachOptions).Assembly, OutreachRoutes()),
        (ProductAssemblies.Giving, GivingRoutes()),
        (ProductAssemblies.Payments, PaymentRoutes()),
        (ProductAssemblies.StripePayments, StripeRoutes()),
        (ProductAssemblies.Pledges, PledgeRoutes()),
        (ProductAssemblies.Scheduling, ScheduleRoutes()),
        (ProductAssemblies.Constituents, ConstituentRoutes()),
        (ProductAssemblies.GivingDays, GivingDayRoutes()),
    ];

    [Fact]
    public void Each_capabilitys_routes_are_handled_in_its_own_project()
    {
        var checkedRoutes = 0;
        foreach (var (route, handler) in Handlers())
        {
            foreach (var (module, routes) in Owners.Where(o => o.Routes.IsMatch(route)))
            {
                checkedRoutes++;
                Assert.True(
                    handler.Assembly == module,
                    $"{route} is handled by {handler.FullName} in {handler.Assembly.GetName().Name}; it belongs in {module.GetName().Name}");
            }
        }

        // Retention, LYBUNT, SYBUNT, participation, RFM; engagement's donor, segment, officer and model routes; outreach;
        // payments (with monthly gifts and the giving pages); pledges; giving.
        Assert.True(checkedRoutes >= 40, $"Only {checkedRoutes} routes matched a capability: the patterns no longer describe the API");
    }

    [Fact]
    public void A_capabilitys_project_serves_only_its_own_routes()
    {
        foreach (var (route, handler) in Handlers())
        {
            foreach (var (module, routes) in Owners.Where(o => o.Module == handler.Assembly))
            {
                Assert.True(routes.IsMatch(route), $"{handler.FullName} in {module.GetName().Name} serves {route}, which is not one of its routes");
            }
        }
    }

    private IEnumerable<(string Route, Type Handler)> Handlers() =>
        host.Endpoints()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/v1/", StringComparison.Ordinal)
                || e.RoutePattern.RawText!.StartsWith("/webhooks/", StringComparison.Ordinal)
                || e.RoutePattern.RawText!.StartsWith("/give/", StringComparison.Ordinal))
            .Select(e => (e.RoutePattern.RawText!, e.Metadata.OfType<MethodInfo>().Single().DeclaringType!));

    [GeneratedRegex(@"^/api/v1/reports/(retention|lybunt|sybunt|participation|rfm)$")]
    private static partial Regex ReportRoutes();

    [GeneratedRegex(@"^/api/v1/(donors/\{id:guid\}/(activities|engagement|stage-changes|talent|tags|moves)|donors/talent|activities/bulk|reports/engagement|engagement/.+|officers/.+|segments(/.*)?)$")]
    private static partial Regex EngagementRoutes();

    // A giving day's routes hang under its campaign but are the giving-days module's.
    [GeneratedRegex(@"^/api/v1/campaigns/\{id:guid\}/(matches|challenges|ambassadors|leaderboards|giving-day)(/.*)?$")]
    private static partial Regex GivingDayRoutes();

    [GeneratedRegex(@"^/api/v1/outreach(/.*)?$")]
    private static partial Regex OutreachRoutes();

    [GeneratedRegex(@"^/api/v1/(donors/?|donors/possible-duplicates|donors/\{id:guid\}(/gifts)?|campaigns(?!/\{id:guid\}/(matches|challenges|ambassadors|leaderboards|giving-day))(/.*)?|gifts/?|gifts/\{id:guid\}(/reversals)?)$")]
    private static partial Regex GivingRoutes();

    [GeneratedRegex(@"^(/api/v1/(payments/events(/.*)?|gifts/\{id:guid\}/receipt(\.pdf)?|donors/\{id:guid\}/statement\.pdf|statements/runs(/.*)?|reports/reconciliation|recurring-gifts(/.*)?)|/give/.+)$")]
    private static partial Regex PaymentRoutes();

    [GeneratedRegex(@"^/webhooks/stripe$")]
    private static partial Regex StripeRoutes();

    [GeneratedRegex(@"^/api/v1/(pledges(/.*)?|reports/pledge-aging)$")]
    private static partial Regex PledgeRoutes();

    [GeneratedRegex(@"^/api/v1/schedules$")]
    private static partial Regex ScheduleRoutes();

    [GeneratedRegex(@"^/api/v1/(audit|imports(/.*)?|import-mappings(/.*)?|exports|duplicates(/.*)?|households(/.*)?|reports/hard-and-soft-credit|gifts/\{id:guid\}/(soft-credits(/.*)?|matching-gift)|donors/\{id:guid\}/(merge|merge-preview|export(\.pdf)?|erasure|consents|relationships|links(/.*)?))$")]
    private static partial Regex ConstituentRoutes();
}
