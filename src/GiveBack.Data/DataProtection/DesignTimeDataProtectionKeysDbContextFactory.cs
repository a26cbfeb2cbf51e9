using GiveBack.Data.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GiveBack.Data.DataProtection;

/// <summary>Lets <c>dotnet ef migrations add --context DataProtectionKeysDbContext</c> build the model without a host.</summary>
internal sealed class DesignTimeDataProtectionKeysDbContextFactory : IDesignTimeDbContextFactory<DataProtectionKeysDbContext>
{
    public DataProtectionKeysDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<DataProtectionKeysDbContext>();
        options.UseGiveBackNpgsql(GiveBackNpgsql.DesignTimeConnectionString, DataProtectionKeysDbContext.MigrationsHistoryTable);
        return new DataProtectionKeysDbContext(options.Options);
    }
}
