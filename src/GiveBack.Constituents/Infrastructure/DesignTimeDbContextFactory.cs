using GiveBack.Data.Postgres;

namespace GiveBack.Constituents.Infrastructure;

internal sealed class DesignTimeDbContextFactory()
    : ModuleDesignTimeFactory<ConstituentsDbContext>(ConstituentsDbContext.MigrationsHistoryTable, options => new(options));
