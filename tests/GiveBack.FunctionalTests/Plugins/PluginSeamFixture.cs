using GiveBack.Testing.Host;
using GiveBack.Testing.Webhooks;

namespace GiveBack.FunctionalTests.Plugins;

/// <summary>
/// The real host with the Webhook and CsvExport plugins loaded from disk and delivery on (the default), the Webhook
/// plugin posting to a real HTTP receiver and the export writing to a temporary folder.
/// </summary>
public class PluginSeamFixture : IAsyncLifetime
{
    public const string WebhookSecret = "whsec_plugin_seams_7c1d";

    public WebhookReceiver Receiver { get; private set; } = null!;

    public GiveBackServer Server { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string CsvFolder { get; } = Directory.CreateTempSubdirectory("giveback-npsp-").FullName;

    public async Task InitializeAsync()
    {
        Receiver = await WebhookReceiver.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Plugins:Webhook:Url"] = Receiver.HookUrl.ToString(),
            ["Plugins:Webhook:Secret"] = WebhookSecret,
            ["Plugins:CsvExport:Folder"] = CsvFolder,
            ["Plugins:PollInterval"] = "00:00:00.100",
        };
        Configure(settings);
        Server = await GiveBackServer.StartAsync(settings);
        Client = Server.CreateClient();
    }

    /// <summary>A last look at the host's settings, for a fixture that needs the plugin host configured otherwise.</summary>
    protected virtual void Configure(IDictionary<string, string?> settings)
    {
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        await Receiver.DisposeAsync();
        Directory.Delete(CsvFolder, recursive: true);
    }
}
