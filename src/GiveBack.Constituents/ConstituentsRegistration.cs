using GiveBack.Constituents.Imports;
using GiveBack.Data.Postgres;
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
        builder.Services.AddGiveBackDbContext<ConstituentsDbContext>(ConstituentsDbContext.MigrationsHistoryTable);
        builder.Services.AddGiveBackImports();
        return builder;
    }
}
