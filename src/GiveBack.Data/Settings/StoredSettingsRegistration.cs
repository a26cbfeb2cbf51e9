using GiveBack.Data.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace GiveBack.Data.Settings;

public static class StoredSettingsRegistration
{
    /// <summary>
    /// Settings people change in the product (<see cref="StoredSettings"/>) layered over every other configuration
    /// source. Call it after the sources it must win over are in place (the host does, before the modules).
    /// </summary>
    public static IHostApplicationBuilder AddGiveBackStoredSettings(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var provider = new StoredSettingsConfigurationProvider(PostgresRegistration.ConnectionString(builder.Configuration));
        builder.Configuration.Add(provider);
        builder.Services.AddSingleton(provider);
        builder.Services.AddHostedService<StoredSettingsStartCheck>();
        builder.Services.AddHostedService<StoredSettingsPoller>();
        builder.Services.AddGiveBackDbContext<StoredSettingsDbContext>(StoredSettingsDbContext.MigrationsHistoryTable);
        builder.Services.AddSingleton<StoredSettings>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }
}
