using GiveBack.Constituents.Erasure;
using GiveBack.Constituents.Exports;
using GiveBack.Data.Postgres;
using GiveBack.Domain.Exports;
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
        builder.Services.AddGiveBackDbContext<ConstituentsDbContext>(ConstituentsDbContext.MigrationsHistoryTable);
        builder.Services.AddSingleton<DonorEraser>();
        builder.Services.AddSingleton<IRecordExport, ErasuresExport>();
        builder.Services.AddSingleton<ExportArchive>();
        builder.Services.AddSingleton<SubjectAccessExport>();
        builder.Services.AddSingleton<SubjectAccessPdf>();
        return builder;
    }
}
