using GiveBack.Data.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GiveBack.Reports.Infrastructure;

/// <summary>Lets <c>dotnet tool run dotnet-ef migrations add</c> build the model without a host or a database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ReportsDbContext>
{
    public ReportsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ReportsDbContext>();
        options.UseReportsNpgsql(GiveBackNpgsql.DesignTimeConnectionString);
        return new ReportsDbContext(options.Options);
    }
}
