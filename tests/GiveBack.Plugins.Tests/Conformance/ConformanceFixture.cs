using GiveBack.Plugins.Tests.Email;
using GiveBack.Plugins.Tests.Infrastructure;
using GiveBack.Testing;
using GiveBack.Testing.Webhooks;

namespace GiveBack.Plugins.Tests.Conformance;

/// <summary>The first-party plugins loaded from disk by a real host, wired to a real HTTP receiver and SMTP server.</summary>
public sealed class ConformanceFixture : IAsyncLifetime
{
    public PluginTestHost Host { get; private set; } = null!;

    public WebhookReceiver Receiver { get; private set; } = null!;

    public SmtpSink Smtp { get; private set; } = null!;

    public string CsvFolder { get; } = Directory.CreateTempSubdirectory("giveback-csv-").FullName;

    public async Task InitializeAsync()
    {
        Receiver = await WebhookReceiver.StartAsync();
        Smtp = await SmtpSink.StartAsync();
        var settings = EmailPluginTests.EmailSettings(Smtp.Port);
        settings["Plugins:Webhook:Url"] = Receiver.HookUrl.ToString();
        settings["Plugins:Webhook:Secret"] = "conformance-secret";
        settings["Plugins:Webhook:PullUrl"] = Receiver.PullUrl.ToString();
        settings["Plugins:CsvExport:Folder"] = CsvFolder;
        Host = await PluginTestHost.StartAsync(["Webhook", "Email", "CsvExport"], settings);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Smtp.DisposeAsync();
        await Receiver.DisposeAsync();
        Directory.Delete(CsvFolder, recursive: true);
    }
}
