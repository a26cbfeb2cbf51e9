using GiveBack.StripeEmulator.Control;

namespace GiveBack.StripeEmulator;

/// <summary>An emulator started by <see cref="StripeEmulatorServer.StartAsync"/>; dispose to stop it.</summary>
public sealed class RunningStripeEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;

    internal RunningStripeEmulator(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
        Control = new StripeEmulatorControl(new Uri(baseUrl));
    }

    /// <summary>Give this to <c>StripeClientOptions.ApiBase</c>, e.g. <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
    public string BaseUrl { get; }

    /// <summary>A client for the <c>/_emulator</c> control API.</summary>
    public StripeEmulatorControl Control { get; }

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
