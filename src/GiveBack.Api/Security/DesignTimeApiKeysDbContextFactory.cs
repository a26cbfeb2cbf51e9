using GiveBack.Data.Postgres;

namespace GiveBack.Api.Security;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a host or a database.</summary>
internal sealed class DesignTimeApiKeysDbContextFactory() : ModuleDesignTimeFactory<ApiKeysDbContext>(ApiKeysDbContext.MigrationsHistoryTable, options => new(options));
