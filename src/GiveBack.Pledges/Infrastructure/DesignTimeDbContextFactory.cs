using GiveBack.Data.Postgres;

namespace GiveBack.Pledges.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a host or a database.</summary>
internal sealed class DesignTimeDbContextFactory() : ModuleDesignTimeFactory<PledgesDbContext>(PledgesDbContext.MigrationsHistoryTable, options => new(options));
