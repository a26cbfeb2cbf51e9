using GiveBack.Data.Postgres;

namespace GiveBack.Constituents.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a host or a database.</summary>
internal sealed class DesignTimeDbContextFactory() : ModuleDesignTimeFactory<ConstituentsDbContext>(ConstituentsDbContext.MigrationsHistoryTable, options => new(options));
