using GiveBack.Plugins.Tests.Infrastructure;

namespace GiveBack.Plugins.Tests.Hosting;

/// <summary>One host whose plugins folder holds good plugins beside every kind of broken one.</summary>
public sealed class LoadingFixture : IAsyncLifetime
{
    public PluginTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Host = await PluginTestHost.StartAsync(
            ["Recorder", "FutureAbi", "MissingDependency", "JsonOld", "JsonNew"],
            preparePlugins: directory =>
            {
                File.Delete(Path.Combine(directory, "MissingDependency", "GiveBack.TestPlugin.MissingDependency.Helpers.dll"));

                var broken = Directory.CreateDirectory(Path.Combine(directory, "Broken")).FullName;
                File.WriteAllText(Path.Combine(broken, "plugin.json"),
                    """{"id":"Broken","version":"1.0.0","entryAssembly":"Broken.dll","abstractionsVersion":"2.0.0"}""");
                File.WriteAllBytes(Path.Combine(broken, "Broken.dll"), [0x4D, 0x5A, 0x00, 0x01, 0x02, 0x03]);

                var noEntry = Directory.CreateDirectory(Path.Combine(directory, "NoEntry")).FullName;
                File.WriteAllText(Path.Combine(noEntry, "plugin.json"),
                    """{"id":"NoEntry","version":"1.0.0","entryAssembly":"NoEntry.dll","abstractionsVersion":"2.0.0"}""");

                Directory.CreateDirectory(Path.Combine(directory, "NoManifest"));

                var newerMinor = Directory.CreateDirectory(Path.Combine(directory, "NewerMinor")).FullName;
                foreach (var file in Directory.GetFiles(PluginTestHost.BuiltPlugin("Recorder")))
                {
                    File.Copy(file, Path.Combine(newerMinor, Path.GetFileName(file)));
                }

                File.WriteAllText(Path.Combine(newerMinor, "plugin.json"),
                    """{"id":"NewerMinor","version":"1.0.0","entryAssembly":"GiveBack.TestPlugin.Recorder.dll","abstractionsVersion":"2.3.0"}""");
            });

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
