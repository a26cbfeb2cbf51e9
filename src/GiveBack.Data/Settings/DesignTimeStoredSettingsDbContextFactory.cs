using GiveBack.Data.Postgres;

namespace GiveBack.Data.Settings;

/// <summary>Lets <c>dotnet ef migrations add --context StoredSettingsDbContext</c> build the model without a host.</summary>
internal sealed class DesignTimeStoredSettingsDbContextFactory()
    : ModuleDesignTimeFactory<StoredSettingsDbContext>(StoredSettingsDbContext.MigrationsHistoryTable, options => new(options));
