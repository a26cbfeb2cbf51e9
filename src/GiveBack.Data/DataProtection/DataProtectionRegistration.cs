using GiveBack.Data.Postgres;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace GiveBack.Data.DataProtection;

public static class DataProtectionRegistration
{
    /// <summary>The name every GiveBack host protects under: hosts that share the database share the key ring.</summary>
    public const string ApplicationName = "GiveBack";

    /// <summary>
    /// ASP.NET Core Data Protection with its key ring in PostgreSQL (<c>data_protection_keys</c>), so a link minted by
    /// one host is read by any other and survives restarts. Keys are not encrypted at rest: whoever reads the database
    /// can already read everything those links lead to.
    /// </summary>
    public static IHostApplicationBuilder AddGiveBackDataProtection(this IHostApplicationBuilder builder)
    {
        // A plain (non-pooled) factory: PersistKeysToDbContext resolves the context itself from a scope.
        builder.Services.AddDbContextFactory<DataProtectionKeysDbContext>((services, options) =>
            options.UseGiveBackNpgsql(services.GetRequiredService<NpgsqlDataSource>(), DataProtectionKeysDbContext.MigrationsHistoryTable));
        builder.Services.AddEfMigrations<DataProtectionKeysDbContext>();
        builder.Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<DataProtectionKeysDbContext>();
        return builder;
    }
}
