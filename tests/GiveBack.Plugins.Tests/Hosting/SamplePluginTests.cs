using GiveBack.Plugins.Tests.Infrastructure;

namespace GiveBack.Plugins.Tests.Hosting;

public sealed class SamplePluginTests
{
    [Fact]
    public async Task The_HelloPlugin_template_loads_and_logs_gifts()
    {
        await using var host = await PluginTestHost.StartAsync(
            ["Hello"], new Dictionary<string, string?> { ["Plugins:Hello:Greeting"] = "Bonjour" });

        var (id, _) = await host.Events.GiftAsync(Guid.NewGuid(), 2_500);

        await GiveBack.Testing.Eventually.TrueAsync(
            () => Task.FromResult(host.Logs.Lines.Any(l => l.Contains($"Bonjour! A gift of 2500 USD (delivery {id})", StringComparison.Ordinal))),
            "the sample plugin's log line");
    }
}
