using GiveBack.Plugins.Abstractions;
using GiveBack.Plugins.Abstractions.Crm;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Plugin.CsvExport;

/// <summary>Registers the NPSP CSV connector. Setting: <c>Plugins:CsvExport:Folder</c>.</summary>
public sealed class CsvExportPlugin : IGiveBackPlugin
{
    public void ConfigureServices(IServiceCollection services, IPluginContext context) =>
        services.AddSingleton<ICrmConnector, NpspCsvConnector>();
}
