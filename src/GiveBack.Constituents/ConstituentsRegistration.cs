using GiveBack.Constituents.Matching;
using GiveBack.Constituents.Merge;
using GiveBack.Giving.Donors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GiveBack.Constituents;

public static class ConstituentsRegistration
{
    /// <summary>
    /// The constituents module's services: each concern (imports, matching and merge, export, erasure) registers its own
    /// from its folder here, so the host composes the module with one call.
    /// </summary>
    public static IHostApplicationBuilder AddGiveBackConstituents(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddMatchingAndMerge(builder.Services);
        return builder;
    }

    private static void AddMatchingAndMerge(IServiceCollection services)
    {
        services.AddOptions<DonorMatchingOptions>().BindConfiguration(DonorMatchingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DonorMatching>();
        services.AddSingleton<INewDonorMatching>(s => s.GetRequiredService<DonorMatching>());
        services.AddSingleton<DonorMerger>();
    }
}
