using GiveBack.Data.Postgres;

namespace GiveBack.Scheduling.Store;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a host or a database.</summary>
internal sealed class DesignTimeDbContextFactory() : ModuleDesignTimeFactory<SchedulingDbContext>(SchedulingDbContext.MigrationsHistoryTable, options => new(options));
