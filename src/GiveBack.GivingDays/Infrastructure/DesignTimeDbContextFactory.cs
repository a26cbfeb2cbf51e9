using GiveBack.Data.Postgres;

namespace GiveBack.GivingDays.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a host or a database.</summary>
internal sealed class DesignTimeDbContextFactory() : ModuleDesignTimeFactory<GivingDaysDbContext>(GivingDaysDbContext.MigrationsHistoryTable, options => new(options));
