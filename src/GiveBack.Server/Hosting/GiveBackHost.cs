using GiveBack.Api;
using GiveBack.Api.Security;
using GiveBack.Grains;
using GiveBack.Grains.Engagement;
using GiveBack.Ledger;
using GiveBack.Outreach;
using GiveBack.Outreach.Api;
using GiveBack.Payments.Stripe;
using GiveBack.Plugins.Hosting.Api;
using GiveBack.Reports;
using GiveBack.Scheduling;
using GiveBack.Server.Demo;
using GiveBack.Server.Health;

namespace GiveBack.Server.Hosting;

/// <summary>Composes the whole product; Program.cs and the functional tests both start it from here.</summary>
public static class GiveBackHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddGiveBackEnvironment();
        builder.AddGiveBackLedger();
        builder.AddGiveBackGrains();
        builder.AddGiveBackEngagement();
        builder.AddGiveBackReports();
        builder.AddGiveBackScheduling();
        builder.AddGiveBackSilo();
        builder.AddGiveBackApi();
        builder.AddGiveBackStripePayments();
        builder.AddGiveBackPluginHost();
        builder.AddGiveBackOutreach();
        builder.AddGiveBackHealth();
        builder.AddGiveBackDemoData();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseGiveBackApi();
        app.MapPluginsApi(Policies.Read, Policies.Admin);
        app.MapOutreachApi();
        app.MapGiveBackHealth();
        return app;
    }
}
