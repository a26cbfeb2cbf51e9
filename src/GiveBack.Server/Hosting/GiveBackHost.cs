using GiveBack.Api;
using GiveBack.Grains;
using GiveBack.Ledger;
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
        builder.AddGiveBackSilo();
        builder.AddGiveBackApi();
        builder.AddGiveBackHealth();
        builder.AddGiveBackDemoData();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseGiveBackApi();
        app.MapGiveBackHealth();
        return app;
    }
}
