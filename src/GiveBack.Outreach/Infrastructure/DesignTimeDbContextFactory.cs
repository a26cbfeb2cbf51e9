using GiveBack.Ledger.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GiveBack.Outreach.Infrastructure;

/// <summary>Lets <c>dotnet tool run dotnet-ef migrations add</c> build the model without a host or a database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<OutreachDbContext>
{
    public OutreachDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<OutreachDbContext>();
        options.UseGiveBackNpgsql(GiveBackNpgsql.DesignTimeConnectionString, OutreachDbContext.MigrationsHistoryTable);
        return new OutreachDbContext(options.Options);
    }
}
