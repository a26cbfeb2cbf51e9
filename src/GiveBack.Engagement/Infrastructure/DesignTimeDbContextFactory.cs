using GiveBack.Ledger.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GiveBack.Engagement.Infrastructure;

/// <summary>Lets <c>dotnet tool run dotnet-ef migrations add</c> build the model without a host or a database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<EngagementDbContext>
{
    public EngagementDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<EngagementDbContext>();
        options.UseGiveBackNpgsql(GiveBackNpgsql.DesignTimeConnectionString, EngagementDbContext.MigrationsHistoryTable);
        return new EngagementDbContext(options.Options);
    }
}
