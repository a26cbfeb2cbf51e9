using GiveBack.Api;
using GiveBack.Constituents.Endpoints;
using GiveBack.Constituents;
using GiveBack.Data.Settings;
using GiveBack.Engagement.Endpoints;
using GiveBack.Engagement.Grains;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Giving;
using GiveBack.GivingDays.Endpoints;
using GiveBack.GivingDays;
using GiveBack.Ledger;
using GiveBack.Outreach.Endpoints;
using GiveBack.Outreach;
using GiveBack.Payments.Endpoints;
using GiveBack.Payments.Stripe.Endpoints;
using GiveBack.Payments.Stripe;
using GiveBack.Payments;
using GiveBack.Pledges.Endpoints;
using GiveBack.Pledges;
using GiveBack.Plugins.Hosting.Api;
using GiveBack.Reports.Endpoints;
using GiveBack.Reports;
using GiveBack.Scheduling.Endpoints;
using GiveBack.Scheduling;
using GiveBack.Server.Demo;
using GiveBack.Server.Health;
using GiveBack.Server.Telemetry;
using GiveBack.Web.Security;
using GiveBack.Workspace;

namespace GiveBack.Server.Hosting;

/// <summary>Composes the whole product; Program.cs and the functional tests both start it from here.</summary>
public static class GiveBackHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // Named for this assembly whoever starts it (a test runner's process is "testhost"): the workspace's assets
        // (MudBlazor's, its own) are found through this host's static web assets manifests, which are named after it.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(GiveBackHost).Assembly.GetName().Name });
        // The host runs from its build output (./run.sh, the tests), not a publish folder, in every environment.
        builder.WebHost.UseStaticWebAssets();
        builder.AddGiveBackEnvironment();
        // Before the modules, after every other source: what an administrator saved in the product wins.
        builder.AddGiveBackStoredSettings();
        builder.AddGiveBackLedger();
        builder.AddGiveBackGiving();
        builder.AddGiveBackGivingDays();
        builder.AddGiveBackPledges();
        builder.AddGiveBackPayments();
        builder.AddGiveBackEngagement();
        builder.AddGiveBackReports();
        builder.AddGiveBackConstituents();
        builder.AddGiveBackSilo();
        builder.AddGiveBackApi();
        builder.AddGiveBackWorkspace();
        builder.AddGiveBackStripePayments();
        builder.AddGiveBackPluginHost();
        builder.AddGiveBackOutreach();
        // After every module: the scheduler takes the jobs they registered.
        builder.AddGiveBackScheduling();
        builder.AddGiveBackHealth();
        builder.AddGiveBackTelemetry();
        builder.AddGiveBackDemoData();
        configure?.Invoke(builder);

        var app = builder.Build();
        // The host composes: each module offers its endpoints, and this is the one place that maps them.
        app.UseGiveBackApi()
            .MapDonorsApi()
            .MapCampaignsApi()
            .MapCampaignMatchesApi()
            .MapGivingDayApi()
            .MapLeaderboardApi()
            .MapCampaignChallengesApi()
            .MapAmbassadorsApi()
            .MapGiftsApi()
            .MapPledgesApi()
            .MapReceiptsApi()
            .MapStatementsApi()
            .MapReconciliationApi()
            .MapPaymentEventsApi()
            .MapRecurringGiftsApi()
            .MapEngagementApi()
            .MapOfficersApi()
            .MapSegmentsApi()
            .MapReportsApi()
            .MapConstituentsApi()
            .MapSchedulesApi()
            .MapOperationsApi();
        app.MapGivingPageApi();
        app.MapGivingDayPages();
        app.MapStripeWebhookApi();
        app.MapPluginsApi(Policies.Read, Policies.Admin);
        app.MapOutreachApi();
        app.MapGiveBackHealth();
        app.MapGiveBackTelemetry();
        app.MapGiveBackWorkspace();
        return app;
    }
}
