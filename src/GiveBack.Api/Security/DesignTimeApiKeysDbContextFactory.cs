using GiveBack.Ledger.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GiveBack.Api.Security;

/// <summary>Lets <c>dotnet tool run dotnet-ef migrations add</c> build the model without a host or a database.</summary>
internal sealed class DesignTimeApiKeysDbContextFactory : IDesignTimeDbContextFactory<ApiKeysDbContext>
{
    public ApiKeysDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ApiKeysDbContext>();
        options.UseGiveBackNpgsql(GiveBackNpgsql.DesignTimeConnectionString, ApiKeysDbContext.MigrationsHistoryTable);
        return new ApiKeysDbContext(options.Options);
    }
}
