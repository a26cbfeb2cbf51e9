using GiveBack.Data.Postgres;

namespace GiveBack.Outreach.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a host or a database.</summary>
internal sealed class DesignTimeDbContextFactory() : ModuleDesignTimeFactory<OutreachDbContext>(OutreachDbContext.MigrationsHistoryTable, options => new(options));
