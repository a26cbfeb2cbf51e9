using GiveBack.Data.Postgres;

namespace GiveBack.Engagement.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a host or a database.</summary>
internal sealed class DesignTimeDbContextFactory() : ModuleDesignTimeFactory<EngagementDbContext>(EngagementDbContext.MigrationsHistoryTable, options => new(options));
