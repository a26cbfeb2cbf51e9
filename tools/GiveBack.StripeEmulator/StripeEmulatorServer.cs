using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace GiveBack.StripeEmulator;

/// <summary>Runs the emulator inside a test process over real HTTP on 127.0.0.1 and a free port.</summary>
public static class StripeEmulatorServer
{
    public static async Task<RunningStripeEmulator> StartAsync(StripeEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(StripeEmulatorServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(Options.Create(options ?? new StripeEmulatorOptions()));
        builder.Services.AddStripeEmulatorServices();

        var app = builder.Build();
        app.MapStripeEmulator();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningStripeEmulator(app, address.TrimEnd('/'));
    }
}
