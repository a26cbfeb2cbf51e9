using GiveBack.Constituents.Imports.Booking;
using GiveBack.Constituents.Imports.Mappings;
using GiveBack.Constituents.Imports.Running;
using GiveBack.Constituents.Imports.Store;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Constituents.Imports;

public static class ImportsRegistration
{
    /// <summary>The import path: its store, the mapping engine's booking, and the worker every host runs.</summary>
    public static IServiceCollection AddGiveBackImports(this IServiceCollection services)
    {
        services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ImportStore>();
        services.AddSingleton<ImportFiles>();
        services.AddSingleton<ImportService>();
        services.AddSingleton<SavedMappings>();
        services.AddSingleton<ImportDonorLookup>();
        services.AddSingleton<ChunkBooker>();
        // One per run: it remembers the campaigns that run has looked up.
        services.AddTransient<ImportCampaigns>();
        services.AddSingleton<ImportRunner>();
        services.AddHostedService<ImportWorker>();
        return services;
    }
}
